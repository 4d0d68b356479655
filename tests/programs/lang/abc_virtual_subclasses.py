# isinstance/issubclass through a metaclass's __instancecheck__/__subclasscheck__: ABCMeta.register (also as a decorator), registries of derived ABCs, __subclasshook__, TypedDict refusing checks.
from abc import ABC, ABCMeta, abstractmethod
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
class Legacy:
    def draw(self):
        return "legacy"
Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), isinstance(3, Drawable), issubclass(int, Drawable))
# expect: True True False False
@Drawable.register
class Other:
    pass
print(isinstance(Other(), Drawable), Other.__name__)
# expect: True Other
class Shape(Drawable):
    def draw(self):
        return "shape"
class Square(Shape): pass
print(isinstance(Square(), Drawable), isinstance(Square(), Shape), issubclass(Square, (int, Drawable)))
# expect: True True True
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, "__len__")
        return NotImplemented
print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))
# expect: True False True
class Sub(Drawable): pass
Sub.register(int)
print(isinstance(1, Drawable), isinstance(1, Sub))
# expect: True True
from typing import TypedDict
class M(TypedDict):
    a: int
try:
    isinstance({}, M)
except TypeError as e:
    print(e)
    # expect: TypedDict does not support instance and class checks
try:
    Drawable.register(5)
except TypeError as e:
    print(e)
    # expect: Can only register classes
