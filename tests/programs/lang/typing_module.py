# The typing module: the names annotations use, aliases that print as CPython's,
# generic classes, and the errors for instantiating special forms.
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, Iterator, cast, TYPE_CHECKING
import typing

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


def total(xs: List[int], scale: Optional[float] = None) -> Union[int, float]:
    return sum(xs) * (scale or 1)


s: Stack[int] = Stack()
s.push(3)
print(s.pop(), total([1, 2, 3]), total([1], 2.5))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], T)
print(Callable[[int], str], typing.Any, cast(int, "x"), TYPE_CHECKING)
print(List[int] == List[int], Optional[str] == Union[str, None] or "differs")
for make in (lambda: List(), lambda: Dict[str, int](), lambda: typing.Any()):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(typing.Deque([1, 2]), typing.Deque[int]([3]), isinstance(Stack(), Generic))
x: Dict[str, List[int]] = {"a": [1]}
print(x, __annotations__["x"], __annotations__["s"])
# expect: 3 6 2.5
# expect: typing.List[int] typing.Dict[str, int] typing.Optional[int] typing.Union[int, str] typing.Tuple[int, ...] ~T
# expect: typing.Callable[[int], str] typing.Any x False
# expect: True True
# expect: TypeError: Type List cannot be instantiated; use list() instead
# expect: TypeError: Type Dict cannot be instantiated; use dict() instead
# expect: TypeError: Any cannot be instantiated
# expect: deque([1, 2]) deque([3]) True
# expect: {'a': [1]} typing.Dict[str, typing.List[int]] __main__.Stack[int]
