# The abc module of coro: ABCMeta records a class's abstract methods in
# `__abstractmethods__`, which instantiation checks (as CPython's
# object.__new__ does). Virtual subclasses (`register`) are not supported.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # staticmethod, classmethod and property wrapping an abstract method.
    for part in ("__func__", "fget", "fset", "fdel"):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, name, None)):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

    def register(cls, subclass):
        raise NotImplementedError("coro does not support virtual subclasses (ABCMeta.register) yet")


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
