# typing aliases as base classes (PEP 560 __mro_entries__): a subscripted
# generic class stands for the class, List[int] and friends for their
# class and Generic; forms that are not classes refuse.
from typing import Generic, TypeVar, List, Dict, Iterable, Union, Optional, Literal, Annotated, Deque
import typing

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, x: T) -> None:
        self.items.append(x)


class IntStack(Stack[int]):
    pass


s = IntStack()
s.push(3)
print(IntStack.__mro__, IntStack.__orig_bases__, s.items)


class Names(List[str]):
    pass


n = Names(["a", "b"])
n.append("c")
print(Names.__mro__, n, len(n), Names.__orig_bases__)


class Table(Dict[str, int], Generic[T]):
    pass


print(Table.__mro__, Table(a=1))


class Numbers(Iterable[int]):
    def __iter__(self):
        return iter([1, 2])


print(Numbers.__mro__, list(Numbers()))


class Queue(Deque[int]):
    pass


q = Queue([1])
q.appendleft(0)
print(Queue.__mro__, list(q))


class Both(Stack[str], List[str]):
    pass


print(Both.__mro__)


class Marked(Annotated[int, "m"]):
    pass


print(Marked.__mro__, Marked(5) + 1)
for form in [Union[int, str], Optional[int], Literal[1]]:
    try:
        class Bad(form):
            pass
    except TypeError as e:
        print("TypeError:", e)


class Proto(typing.Protocol[T]):
    def get(self) -> T:
        ...


class Mixed(Generic[T], typing.Protocol):
    pass


class Impl(Proto[int], Generic[T]):
    def get(self):
        return 1


print(Generic[T], typing.Protocol[T], Proto[int], Mixed.__mro__, Impl.__mro__, Impl().get())
print(Stack.__orig_bases__, Proto.__orig_bases__, Mixed.__orig_bases__, typing.get_args(Generic[T]))
print(typing.get_origin(Generic[T]) is Generic, Generic[T] == Generic[T], typing.get_origin(typing.Protocol[T]))
# expect: (<class '__main__.IntStack'>, <class '__main__.Stack'>, <class 'typing.Generic'>, <class 'object'>) (__main__.Stack[int],) [3]
# expect: (<class '__main__.Names'>, <class 'list'>, <class 'typing.Generic'>, <class 'object'>) ['a', 'b', 'c'] 3 (typing.List[str],)
# expect: (<class '__main__.Table'>, <class 'dict'>, <class 'typing.Generic'>, <class 'object'>) {'a': 1}
# expect: (<class '__main__.Numbers'>, <class 'collections.abc.Iterable'>, <class 'typing.Generic'>, <class 'object'>) [1, 2]
# expect: (<class '__main__.Queue'>, <class 'collections.deque'>, <class 'typing.Generic'>, <class 'object'>) [0, 1]
# expect: (<class '__main__.Both'>, <class '__main__.Stack'>, <class 'list'>, <class 'typing.Generic'>, <class 'object'>)
# expect: (<class '__main__.Marked'>, <class 'int'>, <class 'object'>) 6
# expect: TypeError: Cannot subclass typing.Union[int, str]
# expect: TypeError: Cannot subclass typing.Optional[int]
# expect: TypeError: Cannot subclass typing.Literal[1]
# expect: typing.Generic[~T] typing.Protocol[~T] __main__.Proto[int] (<class '__main__.Mixed'>, <class 'typing.Protocol'>, <class 'typing.Generic'>, <class 'object'>) (<class '__main__.Impl'>, <class '__main__.Proto'>, <class 'typing.Protocol'>, <class 'typing.Generic'>, <class 'object'>) 1
# expect: (typing.Generic[~T],) (typing.Protocol[~T],) (typing.Generic[~T], <class 'typing.Protocol'>) (~T,)
# expect: True True <class 'typing.Protocol'>
