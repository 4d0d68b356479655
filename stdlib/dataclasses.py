# The dataclasses module of coro, written in the language. `@dataclass`
# reads the class's annotations and adds __init__, __repr__, __eq__ (and
# the ordering methods, __hash__ and frozen assignment when asked) that
# behave as CPython's generated ones, their error messages included.

import _codegen

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()


class _KW_ONLY_TYPE:
    pass


# The annotation of a pseudo-field after which the fields are keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


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
        self._metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        # "_FIELD", or "_FIELD_INITVAR" for an InitVar, once its class is made.
        self._field_type = None

    @property
    def metadata(self):
        # A read-only view, made when asked for (the types module is
        # imported late: it costs start-up time).
        import types
        return types.MappingProxyType(self._metadata)

    @metadata.setter
    def metadata(self, value):
        self._metadata = value

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


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


# What an __init__ parameter with a default factory defaults to.
_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _create_fn(cls, name, params, body, namespace):
    # A method of `cls` made from its text, as CPython's dataclasses makes
    # it with exec: compiled in a module of `cls`'s name whose globals are
    # `namespace`, and named as a method of `cls`.
    # (The text starts on line 2, where CPython's does: its first line
    # defines the function that makes the method.)
    lines = "\n".join("  " + line for line in body) if body else "  pass"
    source = "# made by dataclasses\ndef %s(%s):\n%s\n" % (name, ", ".join(params), lines)
    fn = getattr(_codegen.run(cls.__module__, source, namespace), name)
    fn.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    return fn


def _make_init(cls, flds, frozen):
    # CPython's generated __init__: parameters in field order (keyword-only
    # ones after `*`), defaults from the namespace, a factory called when
    # its parameter was not given, then __post_init__ with the InitVars.
    self_name = "__dataclass_self__" if "self" in [f.name for f in flds] else "self"
    namespace = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
                 "__dataclass_builtins_object__": object, "MISSING": MISSING}
    params, kw_params, body = [self_name], [], []
    for f in flds:
        default_name = "__dataclass_dflt_%s__" % f.name
        if f.init:
            if f.default_factory is not MISSING:
                param = "%s=__dataclass_HAS_DEFAULT_FACTORY__" % f.name
            elif f.default is not MISSING:
                namespace[default_name] = f.default
                param = "%s=%s" % (f.name, default_name)
            else:
                param = f.name
            (kw_params if f.kw_only else params).append(param)
        if f._field_type != "_FIELD":
            continue
        if f.default_factory is not MISSING:
            namespace[default_name] = f.default_factory
            if f.init:
                value = "%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s" % (default_name, f.name, f.name)
            else:
                value = "%s()" % default_name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace[default_name] = f.default
            value = default_name
        else:
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(%s, %r, %s)" % (self_name, f.name, value))
        else:
            body.append("%s.%s = %s" % (self_name, f.name, value))
    if hasattr(cls, "__post_init__"):
        initvars = [f.name for f in flds if f._field_type == "_FIELD_INITVAR"]
        body.append("%s.__post_init__(%s)" % (self_name, ", ".join(initvars)))
    if kw_params:
        params += ["*"] + kw_params
    fn = _create_fn(cls, "__init__", params, body, namespace)
    # Annotated as CPython's (its text says `x: _type_x` and `-> None`), so
    # inspect.signature shows the field types.
    fn.__annotations__ = {f.name: f.type for f in flds if f.init and not f.kw_only}
    fn.__annotations__.update({f.name: f.type for f in flds if f.init and f.kw_only})
    fn.__annotations__["return"] = None
    return fn


def _fields_tuple(obj_name, flds):
    # The text of a tuple of `obj_name`'s fields: `(self.x, self.y,)`.
    return "(%s)" % "".join("%s.%s," % (obj_name, f.name) for f in flds)


def _make_compare(cls, name, op, flds):
    # __eq__ or an ordering method: the fields compared as tuples, for
    # instances of exactly the same class.
    return _create_fn(cls, name, ["self", "other"], [
        "if other.__class__ is self.__class__:",
        "  return %s %s %s" % (_fields_tuple("self", flds), op, _fields_tuple("other", flds)),
        "return NotImplemented"], {})


def _add_slots(cls, weakref_slot=False):
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
    if weakref_slot and "__weakref__" not in inherited:
        body["__slots__"] += ("__weakref__",)
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


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args, slots, weakref_slot=False):
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
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        if annotation is KW_ONLY or annotation == "KW_ONLY" or annotation == "dataclasses.KW_ONLY":
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
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
        else:
            f._field_type = "_FIELD"
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
        cls.__init__ = _make_init(cls, init_fields, frozen)
    if repr and "__repr__" not in own:
        shown = ", ".join("%s={self.%s!r}" % (f.name, f.name) for f in all_fields if f.repr)
        # As CPython's (reprlib.recursive_repr): `...` for an instance
        # whose repr is being made already.
        cls.__repr__ = _create_fn(cls, "__repr__", ["self"], [
            "key = id(self)",
            "if key in __dataclass_repr_running__:",
            "  return '...'",
            "__dataclass_repr_running__.add(key)",
            "try:",
            "  return self.__class__.__qualname__ + f\"(%s)\"" % shown,
            "finally:",
            "  __dataclass_repr_running__.discard(key)"], {"__dataclass_repr_running__": set()})
        # pprint lays out instances field by field only under a generated
        # repr (CPython's check looks at the wrapper's __wrapped__).
        cls.__repr__.__dataclass_repr__ = True
    compared = [f for f in all_fields if f.compare]
    if eq and "__eq__" not in own:
        cls.__eq__ = _make_compare(cls, "__eq__", "==", compared)
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (name, cls.__name__))
            setattr(cls, name, _make_compare(cls, name, op, compared))
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
        cls.__hash__ = _create_fn(cls, "__hash__", ["self"], ["return hash(%s)" % _fields_tuple("self", hashed)], {})
    elif eq and "__hash__" not in own:
        cls.__hash__ = None
    if slots:
        cls = _add_slots(cls, weakref_slot)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError("eq must be true if order is true")
        if weakref_slot and not slots:
            raise TypeError("weakref_slot is True but slots is False")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args, slots,
                              weakref_slot)
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


def _copy_value(value, factory, dataclass_value):
    # What asdict/astuple make of a field's value: a dataclass by
    # `dataclass_value`, containers rebuilt with their own type (a
    # namedtuple from its items), anything else deep-copied.
    if is_dataclass(value) and not isinstance(value, type):
        return dataclass_value(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*[_copy_value(v, factory, dataclass_value) for v in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_copy_value(v, factory, dataclass_value) for v in value)
    if isinstance(value, dict):
        return type(value)((_copy_value(k, factory, dataclass_value), _copy_value(v, factory, dataclass_value))
                           for k, v in value.items())
    import copy
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")

    def as_dict(value):
        return dict_factory([(f.name, _copy_value(getattr(value, f.name), dict_factory, as_dict)) for f in fields(value)])
    return as_dict(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")

    def as_tuple(value):
        return tuple_factory([_copy_value(getattr(value, f.name), tuple_factory, as_tuple) for f in fields(value)])
    return as_tuple(obj)


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


# Python's keywords, which make_dataclass refuses as field names.
_KEYWORDS = frozenset("""
False None True and as assert async await break class continue def del elif else except finally for from
global if import in is lambda nonlocal not or pass raise return try while with yield""".split())


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    # A dataclass made from a list of fields, each a name (typed
    # 'typing.Any'), a (name, type) pair or a (name, type, Field) triple.
    annotations = {}
    specs = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, "typing.Any"
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, specs[item[0]] = item
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in annotations:
            raise TypeError("Field name duplicated: %r" % (name,))
        annotations[name] = annotation
    body = {}
    if namespace is not None:
        body.update(namespace)
    body.update(specs)
    body["__annotations__"] = annotations
    # (CPython makes the class with types.new_class, so its module is "types".)
    body.setdefault("__module__", "types")
    bases = tuple(bases)
    meta = type
    for base in bases:
        if issubclass(type(base), meta):
            meta = type(base)
    cls = meta(cls_name, bases, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
