# The typing module of coro: the names programs import for their
# annotations, which run-time code only evaluates, prints or subscripts.
# Subscripting gives an alias that prints as CPython's does
# (`typing.List[int]`); Generic and Protocol subscript to themselves, so
# classes can derive from `Generic[T]`. Nothing here checks types.
# Annotated, ParamSpec, TypeVarTuple, get_type_hints, get_origin, get_args
# and the rarely used functions live in _typing_extras, the Supports*
# protocols and the IO classes in _typing_io, loaded on first use (module
# __getattr__ below), so that `import typing` stays cheap.

import sys

# (Lists and dicts are written as split strings: each constant in the module
# body costs start-up time.)
__all__ = """
Annotated Any Callable ClassVar Concatenate Final ForwardRef Generic Literal Optional ParamSpec
Protocol Tuple Type TypeVar TypeVarTuple Union AbstractSet ByteString Container ContextManager
Hashable ItemsView Iterable Iterator KeysView Mapping MappingView MutableMapping MutableSequence
MutableSet Sequence Sized ValuesView Awaitable AsyncIterator AsyncIterable Coroutine Collection
AsyncGenerator AsyncContextManager Reversible SupportsAbs SupportsBytes SupportsComplex
SupportsFloat SupportsIndex SupportsInt SupportsRound ChainMap Counter Deque Dict DefaultDict List
OrderedDict Set FrozenSet NamedTuple TypedDict Generator BinaryIO IO Match Pattern TextIO AnyStr
assert_type assert_never cast clear_overloads dataclass_transform final get_args get_origin
get_overloads get_type_hints is_typeddict LiteralString Never NewType no_type_check
no_type_check_decorator NoReturn NotRequired overload ParamSpecArgs ParamSpecKwargs Required
reveal_type runtime_checkable Self Text TYPE_CHECKING TypeAlias TypeGuard Unpack
""".split()

TYPE_CHECKING = False

# The names _typing_extras and _typing_io define. (Each def costs
# start-up time, so the rarely used functions are there too.)
_EXTRAS = frozenset("""
Annotated ParamSpec ParamSpecArgs ParamSpecKwargs TypeVarTuple ForwardRef get_overloads clear_overloads
no_type_check_decorator assert_type assert_never reveal_type dataclass_transform is_typeddict
get_type_hints get_origin get_args T KT VT T_co V_co VT_co T_contra CT_co _subscript
""".split())
_IO = frozenset("""
SupportsAbs SupportsBytes SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound IO
TextIO BinaryIO
""".split())


# Special forms made on first use.
_LAZY_FORMS = frozenset("""
ChainMap KeysView ItemsView ValuesView MappingView MutableSet ByteString ContextManager AsyncContextManager
Pattern Match Never Self LiteralString TypeAlias TypeGuard Required NotRequired Unpack Concatenate
""".split())


def __dir__():
    return list(set(globals()) | _LAZY_FORMS | _EXTRAS | _IO)


def __getattr__(name):
    if name in _LAZY_FORMS:
        form = globals()[name] = _SpecialForm(name)
        return form
    if name in _EXTRAS or name in _IO:
        import _typing_extras
        names = _EXTRAS
        if name in _IO:
            import _typing_io as _typing_extras
            names = _IO
        for n in names:
            globals()[n] = getattr(_typing_extras, n)
        return globals()[name]
    raise AttributeError("module 'typing' has no attribute %r" % name, name=name, obj=sys.modules[__name__])


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


def _convert_arg(arg):
    # None stands for NoneType and a str for a forward reference.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return (globals().get("ForwardRef") or __getattr__("ForwardRef"))(arg)
    return arg


def _none_to_type(params, name):
    # The arguments as an alias keeps them (Callable's list too): None is
    # NoneType and a str a ForwardRef, except in Literal, as in CPython.
    if name == "Literal":
        return params
    return tuple([_convert_arg(q) for q in p] if isinstance(p, list) else _convert_arg(p) for p in params)


class _GenericAlias:
    def __init__(self, name, origin, args, inst=False):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._inst = inst

    @property
    def __parameters__(self):
        # (types, which collects them, is loaded when first asked.)
        import types
        return types._type_parameters(self.__args__ if isinstance(self.__args__, tuple) else (self.__args__,))

    def __repr__(self):
        if self._name == "Optional":
            arg = self.__args__[1] if self.__args__[0] is type(None) else self.__args__[0]
            return "typing.Optional[%s]" % _type_repr(arg)
        if self._name == "Unpack":
            return "*" + _type_repr(self.__args__[0])
        name = self._name if "." in self._name else "typing." + self._name
        if self._name == "Literal":
            # (Its str values are values, not forward references.)
            return "%s[%s]" % (name, ", ".join(repr(a) if isinstance(a, str) else _type_repr(a) for a in self.__args__))
        # No arguments (`Tuple[()]`) print as an empty tuple, as CPython's.
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__) or "()")

    def __getitem__(self, params):
        # Its type variables replaced (`Dict[str, T][int]`).
        return __getattr__("_subscript")(self, params)

    def __eq__(self, other):
        # `int | None == Optional[int]` (no `int | None` exists before
        # `types` is loaded).
        types = sys.modules.get("types")
        if types is not None and isinstance(other, types.UnionType) and self.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
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

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        # A union checks each of its members; other subscripted aliases
        # check nothing.
        if self.__origin__ is Union:
            for arg in self.__args__:
                if issubclass(cls, arg):
                    return True
            return False
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        # As a base: Generic[T] is Generic unless Protocol or another
        # alias brings it; a generic class subscripted (`Box[int]`) is the
        # class; typing's aliases (`List[int]`) are their class and Generic.
        if self.__origin__ is Generic:
            if Protocol in bases or any(isinstance(b, _GenericAlias) and b is not self
                                        for b in bases[bases.index(self) + 1:]):
                return ()
            return (Generic,)
        if "." in self._name or self._name in ("Annotated", "Protocol"):
            return (self.__origin__,)
        origin = __getattr__("get_origin")(self)
        if not isinstance(origin, type):
            raise TypeError("Cannot subclass %r" % (self,))
        entries = () if origin in bases else (origin,)
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                return entries
        return entries + (Generic,)


class _SpecialForm:
    def __init__(self, name, origin=None, inst=False):
        self._name = name
        self.__origin__ = origin
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        name = self._name
        if name in _NOT_SUBSCRIPTABLE:
            if name == "Any":
                raise TypeError("type 'Any' is not subscriptable")
            raise TypeError("typing.%s is not subscriptable" % name)
        if name in _NOT_GENERIC:
            raise TypeError("typing.%s is not a generic class" % name)
        if not isinstance(params, tuple):
            params = (params,)
        if name in _SINGLE_TYPE:
            if len(params) != 1:
                form = "%s accepts only a single type." if name in ("Required", "NotRequired") else \
                    "typing.%s accepts only single type."
                raise TypeError((form + " Got %.100r.") % (name, params))
        elif name in _ARITY:
            expected = _ARITY[name]
            if len(params) != expected:
                raise TypeError("Too %s arguments for typing.%s; actual %d, expected %d"
                                % ("many" if len(params) > expected else "few", name, len(params), expected))
        elif name == "Callable" and len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        elif name == "Concatenate":
            if not params:
                raise TypeError("Cannot take a Concatenate of no types.")
            if not (params[-1] is ... or type(params[-1]).__name__ == "ParamSpec"):
                raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
        if self._name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type. Got %.100r." % (params,))
            return Union[params[0], None]
        if self._name == "Union":
            if not params:
                raise TypeError("Cannot take a Union of no types.")
            # Nested unions are flattened and repeated arguments dropped.
            flat = []
            for p in params:
                p = _convert_arg(p)
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

    def __instancecheck__(self, obj):
        return issubclass(type(obj), self._checked_class("isinstance"))

    def __subclasscheck__(self, cls):
        # (Any is a class in CPython: nothing else is its subclass.)
        if self._name == "Any":
            return False
        return issubclass(cls, self._checked_class("issubclass"))

    def _checked_class(self, check):
        # Bare List, Iterable, Callable... check against their class; Any,
        # Union, ClassVar... have none.
        origin = __getattr__("get_origin")(self)
        if origin is None:
            raise TypeError("%r cannot be used with %s()" % (self, check))
        return origin

    def __call__(self, *args, **kwargs):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate typing.%s" % self._name)
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)


# Forms that take no arguments, that are not generic, that take one type
# (with the start of their error message), and the fixed arities of the
# collection aliases.
_NOT_SUBSCRIPTABLE = frozenset("Any NoReturn Never Self LiteralString TypeAlias".split())
_NOT_GENERIC = frozenset("Hashable Sized ByteString".split())
_SINGLE_TYPE = frozenset("Final ClassVar TypeGuard Unpack Required NotRequired".split())
_ARITY = dict.fromkeys("""
List Set FrozenSet Type Deque Counter Iterable Iterator Sequence MutableSequence AbstractSet MutableSet
Collection Container Reversible Awaitable AsyncIterable AsyncIterator KeysView ValuesView MappingView
ContextManager AsyncContextManager Pattern Match""".split(), 1)
_ARITY.update(dict.fromkeys("Dict DefaultDict OrderedDict Mapping MutableMapping ItemsView ChainMap AsyncGenerator".split(), 2))
_ARITY.update(dict.fromkeys("Generator Coroutine".split(), 3))

# The special forms: those without a class of their own, then those with
# one.
Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
Literal = _SpecialForm("Literal")
Final = _SpecialForm("Final")
ClassVar = _SpecialForm("ClassVar")
NoReturn = _SpecialForm("NoReturn")
Callable = _SpecialForm("Callable")
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
DefaultDict = _SpecialForm("DefaultDict")
OrderedDict = _SpecialForm("OrderedDict")
Counter = _SpecialForm("Counter")
Type = _SpecialForm("Type", type)
List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)


def _deque():
    from _collections import deque
    return _SpecialForm("Deque", deque, True)


Deque = _deque()


class TypeVar:
    # What `__parameters__` collects (types._type_parameters).
    _is_type_variable = True

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
    # `Generic[T]`, `Protocol[T]` (typing.Generic[~T]) and a generic class
    # subscripted (`Stack[int]`, which makes instances of the class).
    params = params if isinstance(params, tuple) else (params,)
    if cls is Generic or cls is Protocol:
        return _GenericAlias(cls.__name__, cls, params)
    name = cls.__qualname__ if cls.__module__ == "builtins" else "%s.%s" % (cls.__module__, cls.__qualname__)
    return _GenericAlias(name, cls, _none_to_type(params, name), True)


class Generic:
    def __class_getitem__(cls, params):
        return _class_alias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        # A generic class's type variables: those of its Generic[...] base,
        # else of all its subscripted bases, in order.
        super().__init_subclass__(*args, **kwargs)
        # Its own __orig_bases__, not a base's (read without `__dict__`,
        # whose mappingproxy would load types).
        bases = getattr(cls, "__orig_bases__", ())
        if any(getattr(b, "__orig_bases__", None) is bases for b in cls.__bases__):
            bases = ()
        if all(isinstance(b, type) for b in bases):
            # No subscripted base: no type variables.
            cls.__parameters__ = ()
            return
        declared = [b for b in bases if getattr(b, "__origin__", None) is Generic]
        import types
        cls.__parameters__ = declared[0].__parameters__ if declared else types._type_parameters(bases)


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


class Protocol(Generic, metaclass=_ProtocolMeta):
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __class_getitem__(cls, params):
        return _class_alias(cls, params)


AnyStr = TypeVar("AnyStr", bytes, str)
Text = str


def cast(typ, val):
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError("You should not call an overloaded function. A series of @overload-decorated "
                              "functions outside a stub module should always be followed by an implementation "
                              "that is not @overload-ed.")


# The @overload-decorated functions: {module: {qualname: {key: function}}},
# keyed by first line where the function says it.
_overload_registry = {}


def overload(func):
    inner = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(inner.__module__, {}).setdefault(inner.__qualname__, {})
    except AttributeError:
        return _overload_dummy
    code = getattr(inner, "__code__", None)
    by_name[code.co_firstlineno if code is not None else len(by_name)] = func
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    if isinstance(arg, type):
        for key, obj in list(vars(arg).items()):
            obj = getattr(obj, "__func__", obj)
            if getattr(obj, "__qualname__", None) == "%s.%s" % (arg.__qualname__, getattr(obj, "__name__", "")):
                if isinstance(obj, type):
                    no_type_check(obj)
                else:
                    try:
                        obj.__no_type_check__ = True
                    except (AttributeError, TypeError):
                        pass
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


class NewType:
    """A distinct type for a type checker; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        # CPython names its caller's module, which coro cannot see (its
        # frames are not objects; see docs/divergences.md).
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`"
                )

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


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
    # __new__ too, as CPython's, for inspect.signature.
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
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


# (NamedTuple and TypedDict are made without their metaclasses' __new__,
# which `import typing` would otherwise have to compile.)
NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {"__module__": "typing", "__qualname__": "NamedTuple"})


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
        for key, annotation in own.items():
            # Required[...] and NotRequired[...] (within Annotated too)
            # override the class's totality.
            while isinstance(annotation, _GenericAlias) and annotation._name == "Annotated":
                annotation = annotation.__origin__
            kind = annotation._name if isinstance(annotation, _GenericAlias) else None
            if kind == "Required" or (total and kind != "NotRequired"):
                required.add(key)
            else:
                optional.add(key)
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


TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {"__module__": "typing", "__qualname__": "TypedDict"})
