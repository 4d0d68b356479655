# The less used part of coro's typing module, loaded the first time a
# program names one of these (typing's module __getattr__ then copies them
# all into typing): ForwardRef, Annotated, ParamSpec and its .args/.kwargs,
# TypeVarTuple, the type variables typing defines, get_type_hints,
# get_origin, get_args and the rarely called functions (assert_never,
# reveal_type, get_overloads...). Everything here says it belongs to
# `typing`, as CPython's objects do.

import sys as _sys
import typing as _typing
from typing import _GenericAlias, _SpecialForm, _convert_arg, _type_repr, Generic, TypeVar, Union, Unpack

T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


class ForwardRef:
    """A type written as a str, evaluated when hints are asked for."""
    __module__ = "typing"

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        try:
            compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got %r" % (arg,)) from None
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None:
                globalns = {} if localns is None else localns
            if localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(_sys.modules.get(self.__forward_module__), "__dict__", globalns)
            self.__forward_value__ = _hint(eval(self.__forward_arg__, globalns, localns), globalns, localns)
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_arg__ == other.__forward_arg__ and self.__forward_value__ == other.__forward_value__
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            return "ForwardRef(%r)" % (self.__forward_arg__,)
        return "ForwardRef(%r, module=%r)" % (self.__forward_arg__, self.__forward_module__)


def get_overloads(func):
    inner = getattr(func, "__func__", func)
    # (coro's builtin functions have no __module__ yet.)
    by_module = _typing._overload_registry.get(getattr(inner, "__module__", "builtins"), {})
    return list(by_module.get(inner.__qualname__, {}).values())


def clear_overloads():
    _typing._overload_registry.clear()


def no_type_check_decorator(decorator):
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return _typing.no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def reveal_type(obj, /):
    print("Runtime type is %r" % type(obj).__name__, file=_sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {"eq_default": eq_default, "order_default": order_default,
                                             "kw_only_default": kw_only_default,
                                             "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


def is_typeddict(tp):
    return isinstance(tp, _typing._TypedDictMeta) and tp is not _typing.TypedDict


class _AnnotatedAlias(_GenericAlias):
    # Annotated[T, x, ...]: T (its __origin__) with the metadata; nested
    # Annotated forms flatten into one.

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__("Annotated", origin, (origin,), True)
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """A type with context-specific metadata: Annotated[int, ValueRange(0, 9)]."""
    __module__ = "typing"
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        return _AnnotatedAlias(_convert_arg(params[0]), tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        # (CPython names the would-be subclass's module.)
        raise TypeError("Cannot subclass %s.Annotated" % cls.__module__)


def _variance(obj):
    return "+" if obj.__covariant__ else "-" if obj.__contravariant__ else "~"


class ParamSpecArgs:
    """P.args: the positional arguments of a ParamSpec."""
    __module__ = "typing"

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs:
    """P.kwargs: the keyword arguments of a ParamSpec."""
    __module__ = "typing"

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpec:
    """The parameters of a callable, as a type variable: Callable[P, T]."""
    __module__ = "typing"

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = _convert_arg(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return _variance(self) + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVarTuple:
    """A type variable standing for any number of types: Tuple[Unpack[Ts]]."""
    __module__ = "typing"

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


def _is_variable(arg):
    return isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple))


def _variables(args, found):
    # The type variables of an alias's arguments, in order, once each.
    for arg in args:
        if _is_variable(arg):
            if arg not in found:
                found.append(arg)
        elif isinstance(arg, list):
            _variables(arg, found)
        elif isinstance(arg, _GenericAlias):
            # (Literal's values too, as in CPython.)
            _variables(arg.__args__, found)
    return found


def _substitute(arg, values):
    if _is_variable(arg):
        return values.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, values) for a in arg]
    if not isinstance(arg, _GenericAlias):
        return arg
    args = tuple(_substitute(a, values) for a in arg.__args__)
    if arg._name == "Annotated":
        return type(arg)(args[0], arg.__metadata__)
    if arg.__origin__ is Union:
        return Union[args]
    return _GenericAlias(arg._name, arg.__origin__, args, arg._inst)


def _subscript(alias, params):
    # alias[params]: the alias with its type variables replaced by params.
    params = params if isinstance(params, tuple) else (params,)
    variables = _variables(alias.__args__, [])
    if not variables:
        raise TypeError("%r is not a generic class" % (alias,))
    if len(params) != len(variables):
        raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                        % ("many" if len(params) > len(variables) else "few", alias, len(params), len(variables)))
    return _substitute(alias, dict(zip(variables, [_convert_arg(p) for p in params])))


def _hint(value, globalns, localns):
    # None stands for NoneType; a string is evaluated where it was written.
    if value is None:
        return type(None)
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        return _hint(eval(value, globalns, localns), globalns, localns)
    if isinstance(value, list):
        return [_hint(a, globalns, localns) for a in value]
    if isinstance(value, _GenericAlias) and value._name != "Literal":
        if value._name == "Annotated":
            return type(value)(_hint(value.__origin__, globalns, localns), value.__metadata__)
        args = tuple(_hint(a, globalns, localns) for a in value.__args__)
        if value.__origin__ is Union:
            # (Evaluated forward references may make arguments repeat.)
            return Union[args]
        return _GenericAlias(value._name, value.__origin__, args, value._inst)
    return value


def _strip_extras(hint):
    # A hint without Annotated, Required and NotRequired, at any depth.
    if isinstance(hint, list):
        return [_strip_extras(a) for a in hint]
    if not isinstance(hint, _GenericAlias):
        if type(hint).__name__ in ("GenericAlias", "UnionType") and type(hint).__module__ == "types":
            args = tuple(_strip_extras(a) for a in hint.__args__)
            if args != hint.__args__:
                if type(hint).__name__ == "UnionType":
                    result = args[0]
                    for a in args[1:]:
                        result = result | a
                    return result
                return type(hint)(hint.__origin__, args)
        return hint
    if hint._name == "Annotated":
        return _strip_extras(hint.__origin__)
    if hint._name in ("Required", "NotRequired"):
        return _strip_extras(hint.__args__[0])
    if hint._name == "Literal":
        return hint
    args = tuple(_strip_extras(a) for a in hint.__args__)
    if args == hint.__args__:
        return hint
    if hint.__origin__ is Union:
        return Union[args]
    return _GenericAlias(hint._name, hint.__origin__, args, hint._inst)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            module = _sys.modules.get(base.__module__)
            base_globals = getattr(module, "__dict__", {}) if globalns is None else globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if globalns is None and localns is None:
                # The class's own names win over its module's (as in CPython 3.11).
                base_globals, base_locals = base_locals, base_globals
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _hint(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_extras(v) for k, v in hints.items()}
    if globalns is None:
        if isinstance(obj, type(_sys)):
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
    hints = {name: _hint(value, globalns, localns) for name, value in annotations.items()}
    return hints if include_extras else {k: _strip_extras(v) for k, v in hints.items()}


# What get_origin gives for the aliases whose origin lives elsewhere: the
# special forms themselves, collections.abc's classes, collections' classes.
_SPECIAL_ORIGINS = frozenset("""
Optional Union Literal Final ClassVar TypeGuard Required NotRequired Unpack Concatenate Annotated
""".split())
_ABC_ORIGINS = frozenset("""
Callable Iterable Iterator Generator Sequence MutableSequence Mapping MutableMapping Collection Container
Hashable Sized Reversible Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator KeysView ItemsView
ValuesView MappingView MutableSet ByteString
""".split())
# Aliases of classes in other modules: (module, class).
_OTHER_ORIGINS = {"DefaultDict": ("collections", "defaultdict"), "OrderedDict": ("collections", "OrderedDict"),
                  "Counter": ("collections", "Counter"), "ChainMap": ("collections", "ChainMap"),
                  "ContextManager": ("contextlib", "AbstractContextManager"),
                  "AsyncContextManager": ("contextlib", "AbstractAsyncContextManager"),
                  "Pattern": ("re", "Pattern"), "Match": ("re", "Match")}


def _origin_of(name):
    if name == "AbstractSet":
        name = "Set"
    if name in _ABC_ORIGINS or name == "Set":
        import collections.abc
        return getattr(collections.abc, name)
    if name in _OTHER_ORIGINS:
        module, attr = _OTHER_ORIGINS[name]
        return getattr(__import__(module), attr)
    return None


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is not None and tp._name not in _SPECIAL_ORIGINS:
            return tp.__origin__
        if tp._name in _SPECIAL_ORIGINS:
            return getattr(_typing, "Union" if tp._name == "Optional" else tp._name)
        return _origin_of(tp._name)
    if isinstance(tp, _SpecialForm):
        # Bare List, Callable...: their class; bare Any, Union...: None.
        if tp.__origin__ is not None:
            return tp.__origin__
        return _origin_of(tp._name)
    if tp is Generic:
        return tp
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    import types
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    import types
    if isinstance(tp, _GenericAlias) and tp._name == "Annotated":
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


for _f in (get_overloads, clear_overloads, no_type_check_decorator, assert_type, assert_never, reveal_type,
           dataclass_transform, is_typeddict, get_type_hints, get_origin, get_args):
    _f.__module__ = "typing"
del _f
