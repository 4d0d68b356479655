# abc: ABC and ABCMeta record abstract methods (plain, property, classmethod); instantiating a class with some left is a TypeError naming them.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1

print(Square(3).describe(), Square(2).perimeter(), isinstance(Square(1), Shape), Shape.__abstractmethods__ == {'area', 'perimeter'})
# expect: Square with area 9 8 True True
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
        # expect: Can't instantiate abstract class Shape with abstract methods area, perimeter
        # expect: Can't instantiate abstract class Half with abstract method perimeter

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
class Impl(Base):
    @property
    def name(self):
        return 'impl'
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name, type(Base).__name__, sorted(Base.__abstractmethods__))
# expect: impl ABCMeta ['make', 'name']
try:
    Base()
except TypeError as e:
    print(e)
    # expect: Can't instantiate abstract class Base with abstract methods make, name
class Wrapped(ABC):
    def __init__(self, v):
        self.v = v
print(Wrapped(3).v, Wrapped.__abstractmethods__)
# expect: 3 frozenset()
