# ABC isinstance/issubclass answers are cached per class, and a register (on the ABC or one derived from it) makes earlier negative answers stale
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...

class Blob:
    pass

print(isinstance(Blob(), Shape), issubclass(Blob, Shape))
Shape.register(Blob)
print(isinstance(Blob(), Shape), issubclass(Blob, Shape))

class Sized2:
    def __len__(self):
        return 0
print(isinstance(Sized2(), cabc.Sized), isinstance(1, cabc.Sized))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Sequence), isinstance({}, cabc.Mapping))

class Late:
    pass
print(isinstance(Late(), cabc.Hashable), issubclass(Late, cabc.Iterable))
cabc.Iterable.register(Late)
print(issubclass(Late, cabc.Iterable), issubclass(Late, cabc.Iterator))

class Base(ABC):
    pass
class Derived(Base):
    pass
class Other:
    pass
print(issubclass(Other, Base), issubclass(Other, Derived))
Derived.register(Other)
print(issubclass(Other, Base), issubclass(Other, Derived), isinstance(Other(), Base))

class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, WithMeta), issubclass(int, WithMeta), isinstance(Duck(), WithMeta))
try:
    issubclass(1, Shape)
except TypeError as e:
    print(e)
# expect: False False
# expect: True True
# expect: True False
# expect: True False True
# expect: True False
# expect: True False
# expect: False False
# expect: True True True
# expect: True False True
# expect: issubclass() arg 1 must be a class
