# isinstance() and issubclass() with a @runtime_checkable Protocol look for
# its members (a method set to None does not count); other protocols refuse
# the checks, and issubclass() refuses protocols with data members.
from typing import Protocol, runtime_checkable, TypeVar

T = TypeVar("T")


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol[T]):
    size: int

    def get(self) -> T: ...


class Plain(Protocol):
    def run(self): ...


class File:
    def close(self):
        pass


class Nope:
    close = None


class Box:
    size = 3

    def get(self):
        return 1


class Impl(Closable):
    pass


print(isinstance(File(), Closable), isinstance(Nope(), Closable), isinstance(1, Closable), isinstance(Impl(), Closable))
print(issubclass(File, Closable), issubclass(int, Closable), issubclass(Impl, Closable))
print(isinstance(Box(), Sized2), isinstance(File(), Sized2))
for f in [lambda: isinstance(File(), Plain), lambda: issubclass(Box, Sized2), lambda: runtime_checkable(File), lambda: issubclass(1, Closable)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(Impl().close(), Closable._is_protocol, Impl._is_protocol)


def use(x: Closable) -> None:
    x.close()


use(File())
print(isinstance(Impl(), Impl), issubclass(Impl, object))
# expect: True False False True
# expect: True False True
# expect: True False
# expect: TypeError Instance and class checks can only be used with @runtime_checkable protocols
# expect: TypeError Protocols with non-method members don't support issubclass()
# expect: TypeError @runtime_checkable can be only applied to protocol classes, got <class '__main__.File'>
# expect: TypeError issubclass() arg 1 must be a class
# expect: None True False
# expect: True True
