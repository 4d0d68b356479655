# The abc module of coro: ABCMeta records a class's abstract methods in
# `__abstractmethods__`, which instantiation checks (as CPython's
# object.__new__ does), and keeps the virtual subclasses `register` adds,
# which isinstance and issubclass consult.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty:
    # Deprecated spelling of @property over @abstractmethod. coro cannot
    # derive from property yet, so this is a property-like descriptor of its
    # own (isinstance(x, property) is False for it).
    __isabstractmethod__ = True

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self._name = getattr(fget, "__name__", None)

    def __set_name__(self, owner, name):
        self._name = name

    def _error(self, obj, what):
        return AttributeError("property %r of %r object has no %s" % (self._name, type(obj).__name__, what))

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise self._error(obj, "getter")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise self._error(obj, "setter")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise self._error(obj, "deleter")
        self.fdel(obj)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class _abstract_wrapper:
    # abstractclassmethod and abstractstaticmethod: coro cannot derive from
    # classmethod or staticmethod yet, so these hold one and bind through it.
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable
        self.__wrapped__ = callable
        self.__doc__ = getattr(callable, "__doc__", None)
        self._method = self._kind(callable)

    def __get__(self, obj, cls=None):
        return self._method.__get__(obj, type(obj) if cls is None else cls)

    def __call__(self, *args, **kwargs):
        return self.__func__(*args, **kwargs)


class abstractclassmethod(_abstract_wrapper):
    # Deprecated spelling of @classmethod over @abstractmethod.
    _kind = classmethod


class abstractstaticmethod(_abstract_wrapper):
    # Deprecated spelling of @staticmethod over @abstractmethod.
    _kind = staticmethod


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # staticmethod, classmethod and property wrapping an abstract method.
    for part in ("__func__", "fget", "fset", "fdel"):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


# Every class ABCMeta made, to find an ABC's subclasses.
_all_abcs = []


# Bumped by every `register`: negative answers cached before it are stale.
_invalidation_counter = 0


class _abc_data:
    # What an ABC keeps of its own (CPython's `_abc_impl`): the classes
    # registered as its virtual subclasses, and the answers of
    # `__subclasscheck__` so far. CPython's caches hold classes weakly;
    # these hold them for the ABC's life.
    def __init__(self):
        self.registry = []
        self.cache = set()              # classes found to be subclasses
        self.negative_cache = set()     # classes found not to be, since...
        self.negative_version = _invalidation_counter   # ...this register count


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, name, None)):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _abc_data()
        _all_abcs.append(cls)
        return cls

    def register(cls, subclass):
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        impl = cls.__dict__.get("_abc_impl")
        if impl is not None and subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl is not None and impl.negative_version == _invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls.__dict__.get("_abc_impl")
        if impl is None:
            return _subclass_check(cls, subclass, ())
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = _subclass_check(cls, subclass, impl.registry)
        (impl.cache if ok else impl.negative_cache).add(subclass)
        return ok


def _subclass_check(cls, subclass, registry):
    # The answer of __subclasscheck__ without its caches.
    if type.__subclasscheck__(cls, subclass):
        return True
    hook = cls.__dict__.get("__subclasshook__")
    if hook is not None:
        ok = hook.__func__(cls, subclass) if hasattr(hook, "__func__") else hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    for registered in registry:
        if issubclass(subclass, registered):
            return True
    return any(issubclass(subclass, scls) for scls in _subclasses(cls))


def update_abstractmethods(cls):
    # Recomputes an ABC's abstract methods after methods were added to it
    # (or taken away) since it was made; other classes are left alone.
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def _subclasses(cls):
    # The ABCs derived from `cls` (their registries count for it too).
    return [c for c in _all_abcs if c is not cls and type.__subclasscheck__(cls, c)]


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
