# Generic classes and subscripted aliases list their type variables in __parameters__, in order of first appearance
from typing import TypeVar, Generic, Dict, List
T = TypeVar("T")
K = TypeVar("K")
class Box(Generic[T]):
    pass
print(Box.__orig_bases__, Box.__parameters__)
class Pair(Generic[K, T]):
    pass
print(Pair.__parameters__, Pair[int, str])
class IntBox(Box[int]):
    pass
print(IntBox.__parameters__)
class Mapping2(Dict[K, T]):
    pass
print(Mapping2.__parameters__)
class Sub(Box[T], Generic[T]):
    pass
print(Sub.__parameters__)
class Plain:
    pass
print(hasattr(Plain, "__parameters__"))
print(Generic[T].__parameters__, Dict[K, T].__parameters__, List[int].__parameters__, Dict[K, List[T]].__parameters__, list[T].__parameters__, dict[str, list[K]].__parameters__)
# expect: (typing.Generic[~T],) (~T,)
# expect: (~K, ~T) __main__.Pair[int, str]
# expect: ()
# expect: (~K, ~T)
# expect: (~T,)
# expect: False
# expect: (~T,) (~K, ~T) () (~K, ~T) (~T,) (~K,)
