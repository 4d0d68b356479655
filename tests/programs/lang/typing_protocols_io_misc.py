# typing's Supports* protocols, IO/TextIO/BinaryIO, ForwardRef, overload
# registration (get_overloads, clear_overloads), dataclass_transform,
# final, no_type_check(_decorator), and every name of typing.__all__.
import typing
from typing import (SupportsAbs, SupportsBytes, SupportsFloat, SupportsIndex, SupportsInt, SupportsRound,
                    SupportsComplex, IO, TextIO, BinaryIO, ForwardRef, List, Optional, overload, get_overloads,
                    clear_overloads, get_args)


class Meters:
    def __init__(self, v):
        self.v = v

    def __abs__(self):
        return Meters(abs(self.v))

    def __float__(self):
        return float(self.v)

    def __round__(self, n=0):
        return round(self.v, n)


m = Meters(-2.5)
print([isinstance(m, p) for p in (SupportsAbs, SupportsFloat, SupportsRound, SupportsInt, SupportsIndex, SupportsBytes)])
print(isinstance(3, SupportsInt), isinstance(3, SupportsIndex), isinstance(3.5, SupportsIndex), isinstance("x", SupportsFloat))
print(isinstance(b"ab", SupportsBytes), isinstance(2.5, SupportsRound), issubclass(int, SupportsAbs), issubclass(str, SupportsAbs))
print(SupportsInt, SupportsAbs[int], SupportsRound[float], SupportsComplex, SupportsAbs.__mro__)
print(IO, IO[str], IO[bytes], TextIO, BinaryIO, TextIO.__mro__, issubclass(BinaryIO, IO))
print(hasattr(TextIO, "write"), hasattr(TextIO, "encoding"), hasattr(IO, "readlines"), isinstance(TextIO, type))


class Local(SupportsInt):
    def __int__(self):
        return 7


print(int(Local()), isinstance(Local(), SupportsInt))

fr = ForwardRef("Node")
print(fr, fr.__forward_arg__, fr.__forward_evaluated__, fr.__forward_value__, fr.__forward_is_argument__)
print(fr == ForwardRef("Node"), fr == ForwardRef("Other"), fr == "Node", hash(fr) == hash(ForwardRef("Node")))
print(ForwardRef("Node", module="m"), List["Node"], get_args(List["Node"])[0] == fr, Optional["Node"])
print(typing.Union["A", int], fr | int)
for bad in [lambda: ForwardRef(3), lambda: ForwardRef("not valid code")]:
    try:
        bad()
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)


class Node:
    pass


print(fr._evaluate(globals(), None, frozenset()), fr.__forward_evaluated__, fr.__forward_value__)


@overload
def area(x: int) -> int:
    ...


@overload
def area(x: str) -> str:
    ...


def area(x):
    return x * 2


print(area(3), len(get_overloads(area)), [f.__annotations__["x"] for f in get_overloads(area)])
try:
    overload(lambda: 0)()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Shapes:
    @overload
    def grow(self, k: int) -> int:
        ...

    @overload
    def grow(self, k: float) -> float:
        ...

    def grow(self, k):
        return k


print(len(get_overloads(Shapes.grow)), get_overloads(print))
clear_overloads()
print(get_overloads(area), get_overloads(Shapes.grow))


@typing.dataclass_transform(kw_only_default=True, field_specifiers=(int,), custom=1)
def model(cls):
    return cls


print(model.__dataclass_transform__)


@typing.final
class Leaf:
    @typing.final
    def done(self):
        return 1


print(Leaf.__final__, Leaf.done.__final__)


@typing.no_type_check
class Loose:
    def m(self) -> "nonsense":
        return 1


print(Loose.__no_type_check__, Loose.m.__no_type_check__)


def deco(f):
    return f


loose_deco = typing.no_type_check_decorator(deco)


@loose_deco
def g(x: "bad"):
    return x


print(g(2), g.__no_type_check__, loose_deco.__name__)
missing = [n for n in typing.__all__ if not hasattr(typing, n)]
print(len(typing.__all__), missing)
ns = {}
exec("from typing import *", ns)
print(sorted(n for n in ns if n != "__builtins__") == sorted(typing.__all__))
names = dir(typing)
print(all(n in names for n in typing.__all__), names == sorted(names), "_type_repr" in names)
# expect: [True, True, True, False, False, False]
# expect: True True False False
# expect: True True True False
# expect: <class 'typing.SupportsInt'> typing.SupportsAbs[int] typing.SupportsRound[float] <class 'typing.SupportsComplex'> (<class 'typing.SupportsAbs'>, <class 'typing.Protocol'>, <class 'typing.Generic'>, <class 'object'>)
# expect: <class 'typing.IO'> typing.IO[str] typing.IO[bytes] <class 'typing.TextIO'> <class 'typing.BinaryIO'> (<class 'typing.TextIO'>, <class 'typing.IO'>, <class 'typing.Generic'>, <class 'object'>) True
# expect: True True True True
# expect: 7 True
# expect: ForwardRef('Node') Node False None True
# expect: True False False True
# expect: ForwardRef('Node', module='m') typing.List[ForwardRef('Node')] True typing.Optional[ForwardRef('Node')]
# expect: typing.Union[ForwardRef('A'), int] typing.Union[ForwardRef('Node'), int]
# expect: TypeError: Forward reference must be a string -- got 3
# expect: SyntaxError: Forward reference must be an expression -- got 'not valid code'
# expect: <class '__main__.Node'> True <class '__main__.Node'>
# expect: 6 2 [<class 'int'>, <class 'str'>]
# expect: NotImplementedError: You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.
# expect: 2 []
# expect: [] []
# expect: {'eq_default': True, 'order_default': False, 'kw_only_default': True, 'field_specifiers': (<class 'int'>,), 'kwargs': {'custom': 1}}
# expect: True True
# expect: True True
# expect: 2 True deco
# expect: 97 []
# expect: True
# expect: True True True
