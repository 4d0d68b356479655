# An ABC keeps its registry in _abc_impl, as CPython's classes show in dir().
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...

class Square(Shape):
    def area(self):
        return 4

class Blob:
    pass

Shape.register(Blob)
print([n for n in dir(Square()) if not n.startswith("__")])
print("_abc_impl" in Shape.__dict__, "_abc_impl" in Square.__dict__)
print(isinstance(Blob(), Shape), issubclass(Blob, Square))
# expect: ['_abc_impl', 'area']
# expect: True True
# expect: True False
