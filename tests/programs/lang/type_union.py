# `X | Y` of classes (and None) makes a union, as in annotations
# (`x: int | None = None`); unions print, compare, combine and serve
# isinstance and issubclass as CPython's types.UnionType does.
from dataclasses import dataclass


def f(x: int | None = None, *, tag: str | bytes = "t") -> list | None:
    return x


class Node:
    pass


@dataclass
class Box:
    value: int | float = 0
    parent: Node | None = None


print(f(), f(3), f.__annotations__)
print(int | None, Node | None, int | str | None, (int | str) | (float | None))
print(int | int, type(int | str).__name__, (int | str).__args__)
print((int | str) == (str | int), (int | None) == (int | str), hash(int | str) == hash(str | int))
print(Box(), Box(2.5, Node()).value, Box.__annotations__ if False else sorted(Box.__dataclass_fields__))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
for bad in ("a", 3):
    try:
        print(int | bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
# expect: None 3 {'x': int | None, 'tag': str | bytes, 'return': list | None}
# expect: int | None __main__.Node | None int | str | None int | str | float | None
# expect: <class 'int'> UnionType (<class 'int'>, <class 'str'>)
# expect: True False True
# expect: Box(value=0, parent=None) 2.5 ['parent', 'value']
# expect: True False True
# expect: True False
# expect: TypeError: unsupported operand type(s) for |: 'type' and 'str'
# expect: TypeError: unsupported operand type(s) for |: 'type' and 'int'
# expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
