# A def evaluates its parameter and return annotations into __annotations__
# ({} when it has none); an undefined name there is a NameError at the def.
from typing import List, Optional


def f(a: int, b: "str" = "x", *args: float, c: Optional[int] = None, **kw: dict) -> List[int]:
    return [a]


def g(x, y):
    return x


async def h(n: int) -> None:
    pass


print(f.__annotations__)
print(g.__annotations__, g.__annotations__ is g.__annotations__, h.__annotations__)


class K:
    def m(self, v: "K") -> "K":
        return self


print(K.m.__annotations__, (lambda q: q).__annotations__)
try:
    def bad(p: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)
# expect: {'a': <class 'int'>, 'b': 'str', 'args': <class 'float'>, 'c': typing.Optional[int], 'kw': <class 'dict'>, 'return': typing.List[int]}
# expect: {} True {'n': <class 'int'>, 'return': None}
# expect: {'v': 'K', 'return': 'K'} {}
# expect: NameError: name 'undefined_name' is not defined
