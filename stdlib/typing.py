# The typing module of coro: the names programs import for their
# annotations, which run-time code only evaluates, prints or subscripts.
# Subscripting gives an alias that prints as CPython's does
# (`typing.List[int]`); Generic and Protocol subscript to themselves, so
# classes can derive from `Generic[T]`. Nothing here checks types.

import sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    if isinstance(obj, str):
        # A string argument is a forward reference (CPython wraps it so).
        return "ForwardRef(%r)" % obj
    return repr(obj)


def _none_to_type(params, name):
    # An argument None stands for NoneType (Callable's list too), except in
    # Literal, as in CPython.
    if name == "Literal":
        return params
    return tuple(type(None) if p is None else [type(None) if q is None else q for q in p]
                 if isinstance(p, list) else p for p in params)


class _GenericAlias:
    def __init__(self, name, origin, args, inst=False):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._inst = inst

    def __repr__(self):
        if self._name == "Optional":
            arg = self.__args__[1] if self.__args__[0] is type(None) else self.__args__[0]
            return "typing.Optional[%s]" % _type_repr(arg)
        name = self._name if "." in self._name else "typing." + self._name
        if self._name == "Literal":
            return "%s[%s]" % (name, ", ".join(repr(a) for a in self.__args__))
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        params = _none_to_type(params if isinstance(params, tuple) else (params,), self._name)
        return _GenericAlias(self._name, self.__origin__, params, self._inst)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            # A union's arguments are a set: their order does not count.
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)


class _SpecialForm:
    def __init__(self, name, origin=None, inst=False):
        self._name = name
        self.__origin__ = origin
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type. Got %.100r." % (params,))
            return Union[params[0], None]
        if self._name == "Union":
            # Nested unions are flattened and repeated arguments dropped.
            flat = []
            for p in params:
                p = type(None) if p is None else p
                for q in p.__args__ if isinstance(p, _GenericAlias) and p.__origin__ is Union else (p,):
                    if q not in flat:
                        flat.append(q)
            params = tuple(flat)
            if len(params) == 1:
                return params[0]
            if len(params) == 2 and type(None) in params:
                return _GenericAlias("Optional", Union, params)
            return _GenericAlias("Union", Union, params)
        return _GenericAlias(self._name, self.__origin__, _none_to_type(params, self._name), self._inst)

    def __call__(self, *args, **kwargs):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate typing.%s" % self._name)
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)


Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
Literal = _SpecialForm("Literal")
Final = _SpecialForm("Final")
ClassVar = _SpecialForm("ClassVar")
NoReturn = _SpecialForm("NoReturn")
Callable = _SpecialForm("Callable")
Type = _SpecialForm("Type", type)
List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
MutableSequence = _SpecialForm("MutableSequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
AbstractSet = _SpecialForm("AbstractSet")
Collection = _SpecialForm("Collection")
Container = _SpecialForm("Container")
Hashable = _SpecialForm("Hashable")
Sized = _SpecialForm("Sized")
Reversible = _SpecialForm("Reversible")
Awaitable = _SpecialForm("Awaitable")
Coroutine = _SpecialForm("Coroutine")
AsyncIterable = _SpecialForm("AsyncIterable")
AsyncIterator = _SpecialForm("AsyncIterator")
AsyncGenerator = _SpecialForm("AsyncGenerator")


def _deque():
    from _collections import deque
    return _SpecialForm("Deque", deque, True)


Deque = _deque()
DefaultDict = _SpecialForm("DefaultDict")
OrderedDict = _SpecialForm("OrderedDict")
Counter = _SpecialForm("Counter")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


def _class_alias(cls, params):
    # `Generic[T]` and `Protocol[T]` as bases are the classes themselves; a
    # generic class subscripted (`Stack[int]`) is an alias that makes one.
    if cls is Generic or cls is Protocol:
        return cls
    name = cls.__qualname__ if cls.__module__ == "builtins" else "%s.%s" % (cls.__module__, cls.__qualname__)
    return _GenericAlias(name, cls, _none_to_type(params if isinstance(params, tuple) else (params,), name), True)


class Generic:
    def __class_getitem__(cls, params):
        return _class_alias(cls, params)


# What a protocol's members are not (CPython's EXCLUDED_ATTRIBUTES).
_NOT_MEMBERS = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
                "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__qualname__",
                "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol",
                "__init_subclass__", "__match_args__"}


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {}).keys())
        members.update(n for n in names if not n.startswith("_abc_") and n not in _NOT_MEMBERS)
    return members


def _check_runtime(cls):
    if not cls.__dict__.get("_is_runtime_protocol", False):
        raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")


class _ProtocolMeta(type):
    # isinstance() and issubclass() with a @runtime_checkable protocol look
    # for its members, as CPython's _ProtocolMeta does.
    def __instancecheck__(cls, instance):
        if not cls.__dict__.get("_is_protocol", False):
            return super().__instancecheck__(instance)
        _check_runtime(cls)
        if super().__subclasscheck__(type(instance)):
            return True
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get("_is_protocol", False):
            return super().__subclasscheck__(other)
        _check_runtime(cls)
        members = _protocol_members(cls)
        if any(not callable(getattr(cls, name, None)) for name in members):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        for name in members:
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(metaclass=_ProtocolMeta):
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __class_getitem__(cls, params):
        return _class_alias(cls, params)


AnyStr = TypeVar("AnyStr", bytes, str)
Text = str


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def _hint(value, globalns, localns):
    # None stands for NoneType; a string is evaluated where it was written.
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if isinstance(value, list):
        return [_hint(a, globalns, localns) for a in value]
    if isinstance(value, _GenericAlias) and value._name != "Literal":
        args = tuple(_hint(a, globalns, localns) for a in value.__args__)
        return _GenericAlias(value._name, value.__origin__, args, value._inst)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            module = sys.modules.get(base.__module__)
            base_globals = getattr(module, "__dict__", {}) if globalns is None else globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if globalns is None and localns is None:
                # The class's own names win over its module's (as in CPython 3.11).
                base_globals, base_locals = base_locals, base_globals
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, "__wrapped__"):
                inner = inner.__wrapped__
            globalns = getattr(inner, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    annotations = getattr(obj, "__annotations__", None)
    if annotations is None:
        if callable(obj):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    return {name: _hint(value, globalns, localns) for name, value in annotations.items()}


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


# NamedTuple and TypedDict: class statements deriving from them are made by
# their metaclasses (a namedtuple class; a class whose instances are dicts).

_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                                    '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__'})


def _make_nmtuple(name, types, module, defaults=()):
    from collections import namedtuple
    types = dict(types)
    nm_tpl = namedtuple(name, list(types), defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if not bases:
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), ns['__module__'],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NAMEDTUPLE_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _make_nmtuple(typename, fields, '__main__')


class NamedTuple(metaclass=_NamedTupleMeta):
    pass


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = super().__new__(cls, name, (dict,) if bases else bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        required = set()
        optional = set()
        for base in bases:
            required |= getattr(base, '__required_keys__', set())
            optional |= getattr(base, '__optional_keys__', set())
        (required if total else optional).update(own)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            raise TypeError("coro does not support the functional form of TypedDict yet")
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    pass


# What get_origin gives for the aliases whose origin lives elsewhere: the
# special forms themselves, collections.abc's classes, collections' classes.
_SPECIAL_ORIGINS = {"Optional": "Union", "Union": "Union", "Literal": "Literal", "Final": "Final",
                    "ClassVar": "ClassVar"}
_ABC_ORIGINS = {"Callable", "Iterable", "Iterator", "Generator", "Sequence", "MutableSequence", "Mapping",
                "MutableMapping", "Collection", "Container", "Hashable", "Sized", "Reversible", "Awaitable",
                "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator"}
_COLLECTIONS_ORIGINS = {"DefaultDict": "defaultdict", "OrderedDict": "OrderedDict", "Counter": "Counter"}


def _origin_of(name):
    if name == "AbstractSet":
        name = "Set"
    if name in _ABC_ORIGINS or name == "Set":
        import collections.abc
        return getattr(collections.abc, name)
    if name in _COLLECTIONS_ORIGINS:
        import collections
        return getattr(collections, _COLLECTIONS_ORIGINS[name])
    return None


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is not None and tp._name not in _SPECIAL_ORIGINS:
            return tp.__origin__
        if tp._name in _SPECIAL_ORIGINS:
            return globals()[_SPECIAL_ORIGINS[tp._name]]
        return _origin_of(tp._name)
    if isinstance(tp, _SpecialForm):
        # Bare List, Callable...: their class; bare Any, Union...: None.
        if tp.__origin__ is not None:
            return tp.__origin__
        return _origin_of(tp._name)
    if tp is Generic:
        return tp
    import types
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    import types
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()
