# The copy module of coro: shallow and deep copies, with the __copy__ and
# __deepcopy__ hooks, the pickle protocol's reductions (__reduce_ex__,
# __reduce__, __getnewargs__, __getstate__/__setstate__, slots) and a memo
# that keeps shared and cyclic structure.


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0))


def _is_atomic(cls):
    return cls in _atomic or issubclass(cls, type)


def _slot_names(cls):
    # The slots along the MRO, mangled as they are stored (copyreg._slotnames).
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (c.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _object_state(x, cls):
    # object.__getstate__ of 3.11: the instance dict (None when empty),
    # paired with the slots that are set when the class has any.
    try:
        state = vars(x) or None
    except TypeError:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _new_object(cls, args, kwargs):
    # copyreg.__newobj__ / __newobj_ex__.
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x, cls):
    # What x.__reduce_ex__(4) gives: the class's own __reduce_ex__ or
    # __reduce__, else object's (through __getnewargs_ex__/__getnewargs__
    # and __getstate__).
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return reductor(x)
    if issubclass(cls, (set, frozenset)):
        return (cls, (list(x),), _object_state(x, cls))
    if issubclass(cls, bytearray):
        return (cls, (bytes(x),), _object_state(x, cls))
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
    else:
        getnewargs = getattr(cls, "__getnewargs__", None)
        args, kwargs = (getnewargs(x) if getnewargs is not None else ()), {}
    getstate = getattr(cls, "__getstate__", None)
    state = getstate(x) if getstate is not None else _object_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_new_object, (cls, args, kwargs), state, listitems, dictitems)


def _reconstruct(x, rv, deep, memo):
    # copy._reconstruct: a new object from the reduction's callable and
    # arguments, then its state, list items and dict items.
    if isinstance(rv, str):
        return x
    func, args, state, listitems, dictitems = (tuple(rv) + (None, None, None))[:5]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    cls = type(x)
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls in (tuple, frozenset) or _is_atomic(cls):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, _reduce(x, cls), False, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(cls, "__deepcopy__", None)
        if copier is not None:
            y = copier(x, memo)
        else:
            y = _reconstruct(x, _reduce(x, cls), True, memo)
    memo[d] = y
    return y
