# The dataclasses module of coro, written in the language. `@dataclass`
# reads the class's annotations and adds __init__, __repr__, __eq__ (and
# the ordering methods, __hash__ and frozen assignment when asked) that
# behave as CPython's generated ones, their error messages included.

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    # A pseudo-field: an argument of __init__ passed on to __post_init__,
    # never stored, shown or compared.
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("InitVar") or annotation.startswith("dataclasses.InitVar")
    return annotation is InitVar or type(annotation) is InitVar


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        # "_FIELD", or "_FIELD_INITVAR" for an InitVar.
        self._field_type = "_FIELD"

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only, self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    return repr(annotation).startswith("typing.ClassVar")


def _names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return "%s, and %s" % (", ".join(quoted[:-1]), quoted[-1])


def _make_init(cls, flds):
    qualname = cls.__qualname__ + ".__init__"
    params = [f for f in flds if f.init and not f.kw_only]
    kw_params = [f for f in flds if f.init and f.kw_only]
    required = sum(1 for f in params if f.default is MISSING and f.default_factory is MISSING)
    names = [f.name for f in params] + [f.name for f in kw_params]

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            if required == len(params):
                expected = "%d positional argument%s" % (len(params) + 1, "" if len(params) == 0 else "s")
            else:
                expected = "from %d to %d positional arguments" % (required + 1, len(params) + 1)
            raise TypeError("%s() takes %s but %d %s given" % (qualname, expected, len(args) + 1, "was" if len(args) == 0 else "were"))
        values = {}
        for f, v in zip(params, args):
            values[f.name] = v
        for name, v in kwargs.items():
            if name not in names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
            if name in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            values[name] = v
        missing = [f.name for f in params if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s", _names(missing)))
        missing = [f.name for f in kw_params if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s", _names(missing)))
        initvars = []
        for f in flds:
            if f._field_type != "_FIELD":
                initvars.append(values[f.name] if f.name in values else f.default)
                continue
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init or f.default is not MISSING:
                value = f.default
            else:
                continue
            object.__setattr__(self, f.name, value)
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init(*initvars)

    __init__.__qualname__ = qualname
    return __init__


def _tuple(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _add_slots(cls):
    # CPython's dataclass(slots=True): the class made again with __slots__
    # naming its fields (less those a base already has), and without their
    # defaults as class attributes.
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    body = dict(cls.__dict__)
    body["__slots__"] = tuple(n for n in names if n not in inherited)
    for name in names:
        body.pop(name, None)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    qualname = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, body)
    cls.__qualname__ = qualname
    return cls


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args, slots):
    flds = {}
    dataclass_bases = False
    frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is None:
            continue
        dataclass_bases = True
        frozen_base = frozen_base or base.__dict__["__dataclass_params__"].frozen
        for f in base_fields.values():
            flds[f.name] = f
    if dataclass_bases and frozen_base and not frozen:
        raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    if dataclass_bases and not frozen_base and frozen:
        raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    annotations = cls.__dict__.get("__annotations__", {})
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if _is_initvar(annotation):
            if f.default_factory is not MISSING:
                raise TypeError("field %s cannot have a default factory" % name)
            f._field_type = "_FIELD_INITVAR"
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError("mutable default %r for field %s is not allowed: use default_factory" % (type(f.default), name))
        flds[name] = f
        # A field's class attribute is its default value, or nothing.
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    init_fields = list(flds.values())
    all_fields = [f for f in init_fields if f._field_type == "_FIELD"]
    seen_default = None
    for f in init_fields:
        if f.init and not f.kw_only:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default is not None:
                    raise TypeError("non-default argument '%s' follows default argument" % f.name)
            else:
                seen_default = f
    cls.__dataclass_fields__ = flds
    own = cls.__dict__
    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in init_fields if f.init and not f.kw_only)
    if init:
        cls.__init__ = _make_init(cls, init_fields)
    if repr and "__repr__" not in own:
        shown = [f for f in all_fields if f.repr]

        def __repr__(self):
            return "%s(%s)" % (type(self).__qualname__, ", ".join("%s=%r" % (f.name, getattr(self, f.name)) for f in shown))
        cls.__repr__ = __repr__
    compared = [f for f in all_fields if f.compare]
    if eq and "__eq__" not in own:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple(self, compared) == _tuple(other, compared)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        for name, test in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                           ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (name, cls.__name__))
            setattr(cls, name, _order_method(test, compared))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in flds:
                raise FrozenInstanceError("cannot assign to field '%s'" % name)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in flds:
                raise FrozenInstanceError("cannot delete field '%s'" % name)
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hashed = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(_tuple(self, hashed))
    elif eq and "__hash__" not in own:
        cls.__hash__ = None
    if slots:
        cls = _add_slots(cls)
    return cls


def _order_method(test, compared):
    def method(self, other):
        if other.__class__ is self.__class__:
            return test(_tuple(self, compared), _tuple(other, compared))
        return NotImplemented
    return method


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError("eq must be true if order is true")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if f._field_type == "_FIELD")


def _copy_value(value, factory):
    if is_dataclass(value) and not isinstance(value, type):
        return factory([(f.name, _copy_value(getattr(value, f.name), factory)) for f in fields(value)])
    if isinstance(value, list):
        return [_copy_value(v, factory) for v in value]
    if isinstance(value, tuple):
        return tuple(_copy_value(v, factory) for v in value)
    if isinstance(value, dict):
        return {_copy_value(k, factory): _copy_value(v, factory) for k, v in value.items()}
    return value


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_value(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_copy_value(getattr(obj, f.name), lambda pairs: tuple(v for _, v in pairs)) for f in fields(obj))


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            if f._field_type == "_FIELD":
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
