# The types module of coro: the classes of builtin objects, and
# SimpleNamespace.
# native in CPython: member_descriptor SimpleNamespace MappingProxyType UnionType GenericAlias


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
import sys as _sys
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
del _f, _c, _g, _ag, _C, _coro, _sys


class member_descriptor:
    # What a class gives for a name its `__slots__` lists (`S.a`): access
    # to that attribute of its instances.
    __module__ = 'builtins'

    def __init__(self, name, objclass):
        self.__name__ = name          # the slot's name
        self.__objclass__ = objclass  # the class whose __slots__ lists it
        self.__qualname__ = objclass.__qualname__ + '.' + name

    def _check(self, obj):
        if not isinstance(obj, self.__objclass__):
            raise TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                            % (self.__name__, self.__objclass__.__name__, type(obj).__name__))

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self._check(obj)
        return object.__getattribute__(obj, self.__name__)

    def __set__(self, obj, value):
        self._check(obj)
        object.__setattr__(obj, self.__name__, value)

    def __delete__(self, obj):
        self._check(obj)
        object.__delattr__(obj, self.__name__)

    def __repr__(self):
        return "<member '%s' of '%s' objects>" % (self.__name__, self.__objclass__.__name__)


MemberDescriptorType = member_descriptor


# The ids of the namespaces whose repr is being made.
_namespace_reprs_running = set()


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable, **kwargs).items():
            setattr(self, key, value)

    def __repr__(self):
        # A subclass shows its own name; a namespace met again while its
        # repr is being made shows as `name(...)`.
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _namespace_reprs_running:
            return name + "(...)"
        _namespace_reprs_running.add(key)
        try:
            items = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        finally:
            _namespace_reprs_running.discard(key)
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class MappingProxyType:
    """A read-only view of a mapping (CPython's builtin `mappingproxy`)."""
    __module__ = "builtins"
    __qualname__ = "mappingproxy"

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    # (No __setitem__ or __delitem__: assignment and deletion fail as for
    # any object without them.)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()


MappingProxyType.__name__ = "mappingproxy"


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def _type_repr(obj):
    if obj is type(None):
        return "None"
    if isinstance(obj, list):
        # Callable[[int, str], bool]'s argument list.
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    return repr(obj)


class UnionType:
    """`X | Y` of classes (and None), as CPython's builtin union."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _type_parameters(args):
    # The type variables among `args`, and in the aliases among them, in
    # order of first appearance (what CPython's `__parameters__` holds).
    found = []
    for a in args:
        if isinstance(a, (list, tuple)):
            params = _type_parameters(a)
        elif getattr(type(a), "_is_type_variable", False):
            params = (a,)
        elif isinstance(a, type):
            params = ()
        else:
            params = getattr(a, "__parameters__", ())
        for p in params:
            if p not in found:
                found.append(p)
    return tuple(found)


class GenericAlias:
    """A builtin class with arguments (`list[int]`), as CPython's."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = _type_parameters(self.__args__)

    def __repr__(self):
        if not self.__args__:
            return f"{_type_repr(self.__origin__)}[()]"
        args = ", ".join("..." if a is Ellipsis else _type_repr(a) for a in self.__args__)
        return f"{_type_repr(self.__origin__)}[{args}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def _union(a, b):
    # The runtime's `X | Y` for classes: flattened, without repeats; a
    # union of one class is that class.
    if not all(x is None or isinstance(x, (type, UnionType, GenericAlias)) for x in (a, b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for t in x.__args__ if isinstance(x, UnionType) else (x,):
            t = type(None) if t is None else t
            if t not in args:
                args.append(t)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class _GeneratorWrapper:
    """What `types.coroutine` makes of a generator: awaitable, and
    otherwise the generator it wraps."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Makes a generator function usable with `await` (a generator-based
    coroutine)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if isinstance(coro, GeneratorType):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def __getattr__(name):
    # DynamicClassAttribute lives in enum, which needs it (and which this
    # module would otherwise make every enum program import).
    if name == "DynamicClassAttribute":
        from enum import DynamicClassAttribute
        return DynamicClassAttribute
    import sys
    raise AttributeError("module 'types' has no attribute %r" % name, name=name, obj=sys.modules[__name__])
