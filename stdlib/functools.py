# The functools module of coro, written in the language: reduce, partial,
# lru_cache and cache, wraps, cmp_to_key, total_ordering, cached_property,
# partialmethod, singledispatch and singledispatchmethod.
# native in CPython: reduce partial KeyWrapper cmp_to_key _lru_wrapper

import sys as _sys
from types import GenericAlias as _GenericAlias, UnionType as _UnionType, MappingProxyType as _MappingProxyType
# Exposed here too, as CPython's functools imports it.
from reprlib import recursive_repr

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    __class_getitem__ = classmethod(_GenericAlias)

    # self and func are positional-only, so either may be a keyword argument.
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # (Set last: `__dict__` may carry the wrapped function's own `__wrapped__`.)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


def _cache_info(hits, misses, maxsize, currsize):
    return "CacheInfo(hits=%d, misses=%d, maxsize=%r, currsize=%d)" % (hits, misses, maxsize, currsize)


class CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return _cache_info(self.hits, self.misses, self.maxsize, self.currsize)


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                # Most recently used last.
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


_MISSING_OBJ = object()


class KeyWrapper:
    """What `cmp_to_key` returns, as CPython's C type: called with an
    object, it makes a key wrapping it that compares through `cmp`."""
    __slots__ = ("_cmp", "obj")

    def __call__(self, obj=_MISSING_OBJ):
        if obj is _MISSING_OBJ:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        key = object.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def _compared(self, other):
        # (CPython's message names the Python version's class, K.)
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compared(other) < 0

    def __gt__(self, other):
        return self._compared(other) > 0

    def __eq__(self, other):
        return self._compared(other) == 0

    def __ne__(self, other):
        return self._compared(other) != 0

    def __le__(self, other):
        return self._compared(other) <= 0

    def __ge__(self, other):
        return self._compared(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    wrapper = object.__new__(KeyWrapper)
    wrapper._cmp = mycmp
    return wrapper


def _derived(root, combine):
    # An ordering method from `root` (e.g. __gt__ from __lt__): `combine`
    # gets root's result and both operands; NotImplemented passes through.
    def method(self, other):
        op_result = getattr(type(self), root)(self, other)
        if op_result is NotImplemented:
            return op_result
        return combine(op_result, self, other)
    return method


# For each root: the methods it gives, as CPython's total_ordering derives them.
_convert = {
    "__lt__": [("__gt__", lambda r, a, b: not r and a != b), ("__le__", lambda r, a, b: r or a == b),
               ("__ge__", lambda r, a, b: not r)],
    "__le__": [("__ge__", lambda r, a, b: not r or a == b), ("__lt__", lambda r, a, b: r and a != b),
               ("__gt__", lambda r, a, b: not r)],
    "__gt__": [("__lt__", lambda r, a, b: not r and a != b), ("__ge__", lambda r, a, b: r or a == b),
               ("__le__", lambda r, a, b: not r)],
    "__ge__": [("__le__", lambda r, a, b: not r or a == b), ("__gt__", lambda r, a, b: r and a != b),
               ("__lt__", lambda r, a, b: not r)],
}


def total_ordering(cls):
    roots = {op for op in _convert if op in vars(cls)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for opname, combine in _convert[root]:
        if opname not in roots:
            opfunc = _derived(root, combine)
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


class cached_property:
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        setattr(instance, self.attrname, value)
        return value


class partialmethod:
    # A partial() for methods: bound to the instance (or class) first.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        args = ", ".join(repr(a) for a in self.args)
        keywords = ", ".join("%s=%r" % kv for kv in self.keywords.items())
        return "%s.%s(%r, %s, %s)" % (type(self).__module__, type(self).__qualname__, self.func, args, keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        # A descriptor (a function, classmethod...) binds itself and the
        # arguments are added by a partial; anything else is a plain method.
        get = getattr(self.func, "__get__", None)
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                if hasattr(new_func, "__self__"):
                    result.__self__ = new_func.__self__
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# --- singledispatch -----------------------------------------------------------
# Dispatch on the first argument's class through its MRO; ABCs the class
# only implements (registered or by __subclasshook__) are placed in that MRO
# where CPython's _compose_mro places them, so ambiguities are the same.


def _c3_merge(sequences):
    result = []
    sequences = [list(s) for s in sequences]
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=()):
    # The bases up to the last explicit ABC come first, then the ABCs that
    # `cls` itself introduces (none of its bases is their subclass).
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], "__abstractmethods__"):
            boundary = i
            break
    abcs = list(abcs)
    explicit = list(bases[:boundary])
    others = list(bases[boundary:])
    introduced = [a for a in abcs if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    for a in introduced:
        abcs.remove(a)
    return _c3_merge([[cls]] + [_c3_mro(b, abcs) for b in explicit] + [_c3_mro(b, abcs) for b in introduced]
                     + [_c3_mro(b, abcs) for b in others] + [explicit, introduced, others])


def _compose_mro(cls, types):
    mro = set(cls.__mro__)
    # The registered classes not in the MRO that `cls` implements, less
    # those another of them derives from (they come in with it).
    related = [t for t in types if t not in mro and hasattr(t, "__mro__")
               and not isinstance(t, _GenericAlias) and issubclass(cls, t)]
    related = [t for t in related if not any(t != o and t in o.__mro__ for o in related)]
    # Subclasses of those ABCs that `cls` implements too fix their order.
    related_set = set(related)
    abcs = []
    for t in related:
        found = []
        for sub in t.__subclasses__():
            if sub not in mro and issubclass(cls, sub):
                found.append([s for s in sub.__mro__ if s in related_set])
        if not found:
            abcs.append(t)
            continue
        found.sort(key=len, reverse=True)
        for sub in found:
            for s in sub:
                if s not in abcs:
                    abcs.append(s)
    return _c3_mro(cls, abcs)


def _find_impl(cls, registry):
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            # Two unrelated ABCs `cls` only implements match equally well.
            if t in registry and t not in cls.__mro__ and match not in cls.__mro__ and not issubclass(match, t):
                raise RuntimeError("Ambiguous dispatch: %s or %s" % (match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _is_union_type(cls):
    if isinstance(cls, _UnionType):
        return True
    # typing.Union[...] (typing is only looked at if already imported).
    typing = _sys.modules.get("typing")
    return typing is not None and isinstance(cls, typing._GenericAlias) and cls.__origin__ is typing.Union


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(a, type) for a in cls.__args__)


def _annotations(func):
    ann = getattr(func, "__annotations__", None)
    if not ann and hasattr(func, "__func__"):
        # A staticmethod or classmethod: its function's annotations.
        ann = getattr(func.__func__, "__annotations__", None)
    return ann


def singledispatch(func):
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        # An ABC's virtual subclasses can change, so then nothing is cached.
        if not any(hasattr(t, "__abstractmethods__") for t in registry):
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. %r is not a class or union type." % (cls,))
            ann = _annotations(cls)
            if not ann:
                raise TypeError("Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                                "or plain `@register` on an annotated function." % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError("Invalid annotation for %r. %r not all arguments are classes." % (argname, cls))
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    # singledispatch on the first argument after self (or cls).
    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
