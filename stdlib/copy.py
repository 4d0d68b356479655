# The copy module of coro: shallow and deep copies, with the __copy__ and
# __deepcopy__ hooks and a memo that keeps shared and cyclic structure.


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0))


def _is_atomic(cls):
    return cls in _atomic or issubclass(cls, type)


def _reconstruct(x, cls, deep, memo):
    # What CPython's __reduce_ex__(4) and copy._reconstruct do: a new
    # object of the class (made from the value for immutable builtin
    # bases), then its attributes, then (list and dict subclasses) items.
    def dup(v):
        return deepcopy(v, memo) if deep else v
    if issubclass(cls, (set, frozenset)):
        y = cls(dup(list(x)))
    elif issubclass(cls, (tuple, int, float, str, bytes)):
        getnewargs = getattr(x, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            base = next(b for b in (tuple, int, float, str, bytes) if issubclass(cls, b))
            args = (base(x),)
        y = cls.__new__(cls, *dup(args))
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    try:
        state = vars(x)
    except TypeError:
        state = {}
    for name, value in state.items():
        object.__setattr__(y, name, dup(value))
    if isinstance(x, list):
        for item in x:
            y.append(dup(item))
    elif isinstance(x, dict):
        for k, v in x.items():
            y[dup(k)] = dup(v)
    elif isinstance(x, bytearray):
        y.extend(x)
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
    return _reconstruct(x, cls, False, None)


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
            y = _reconstruct(x, cls, True, memo)
    memo[d] = y
    return y
