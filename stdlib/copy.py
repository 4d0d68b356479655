# The copy module of coro: shallow and deep copies, with the __copy__ and
# __deepcopy__ hooks and a memo that keeps shared and cyclic structure.


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0))


def _new_like(x):
    cls = type(x)
    y = object.__new__(cls)
    return y


def copy(x):
    cls = type(x)
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls in (tuple, frozenset) or isinstance(x, _atomic):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    y = _new_like(x)
    for name, value in vars(x).items():
        object.__setattr__(y, name, value)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic):
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
            y = _new_like(x)
            memo[d] = y
            for name, value in vars(x).items():
                object.__setattr__(y, name, deepcopy(value, memo))
    memo[d] = y
    return y
