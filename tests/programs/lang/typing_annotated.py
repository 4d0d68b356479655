# typing.Annotated: metadata on a type, get_args/get_origin, equality,
# flattening, and get_type_hints with and without include_extras.
from typing import Annotated, List, Optional, Dict, Union, ClassVar, get_args, get_origin, get_type_hints
import typing


class ValueRange:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return "ValueRange(%d, %d)" % (self.lo, self.hi)


A = Annotated[int, "meta"]
print(A, Annotated, A.__metadata__, A.__origin__, get_origin(A) is Annotated, get_args(A))
B = Annotated[List[int], ValueRange(0, 10), "doc"]
print(B, B.__metadata__, get_args(B))
N = Annotated[Annotated[int, 1], 2, 3]
print(N, N.__metadata__, N == Annotated[int, 1, 2, 3])
print(A == Annotated[int, "meta"], A == Annotated[int, "other"], A == int, hash(A) == hash(Annotated[int, "meta"]))
print(Optional[A], List[A], Union[A, str], Dict[str, Annotated[float, "unit"]])
print(Annotated["Later", "x"], Annotated[None, 1], A(), Annotated[list, 1]("ab"))
print(repr(Annotated[str, lambda: 0].__metadata__[0])[:17])
for bad in [lambda: Annotated[int], lambda: Annotated(), lambda: Annotated[()], lambda: A[int]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    class Sub(Annotated):
        pass
except TypeError as e:
    print("TypeError:", e)


class Later:
    pass


class Config:
    port: Annotated[int, ValueRange(1, 65535)]
    hosts: List[Annotated[str, "host"]]
    ratio: Optional[Annotated[float, "ratio"]] = None
    label: "Annotated[str, 'label']"
    later: Annotated["Later", "fwd"]
    limit: ClassVar[Annotated[int, "cls"]] = 3


print(get_type_hints(Config))
print(get_type_hints(Config, include_extras=True))


def handler(x: Annotated[int, "x"], *, y: "Annotated[List[int], 'y']" = None) -> Annotated[str, "out"]:
    return str(x)


print(get_type_hints(handler))
print(get_type_hints(handler, include_extras=True))
print(typing.get_origin(List[A]), typing.get_args(List[A]))
# expect: typing.Annotated[int, 'meta'] <class 'typing.Annotated'> ('meta',) <class 'int'> True (<class 'int'>, 'meta')
# expect: typing.Annotated[typing.List[int], ValueRange(0, 10), 'doc'] (ValueRange(0, 10), 'doc') (typing.List[int], ValueRange(0, 10), 'doc')
# expect: typing.Annotated[int, 1, 2, 3] (1, 2, 3) True
# expect: True False False True
# expect: typing.Optional[typing.Annotated[int, 'meta']] typing.List[typing.Annotated[int, 'meta']] typing.Union[typing.Annotated[int, 'meta'], str] typing.Dict[str, typing.Annotated[float, 'unit']]
# expect: typing.Annotated[ForwardRef('Later'), 'x'] typing.Annotated[NoneType, 1] 0 ['a', 'b']
# expect: <function <lambda
# expect: TypeError: Annotated[...] should be used with at least two arguments (a type and an annotation).
# expect: TypeError: Type Annotated cannot be instantiated.
# expect: TypeError: Annotated[...] should be used with at least two arguments (a type and an annotation).
# expect: TypeError: typing.Annotated[int, 'meta'] is not a generic class
# expect: TypeError: Cannot subclass __main__.Annotated
# expect: {'port': <class 'int'>, 'hosts': typing.List[str], 'ratio': typing.Optional[float], 'label': <class 'str'>, 'later': <class '__main__.Later'>, 'limit': typing.ClassVar[int]}
# expect: {'port': typing.Annotated[int, ValueRange(1, 65535)], 'hosts': typing.List[typing.Annotated[str, 'host']], 'ratio': typing.Optional[typing.Annotated[float, 'ratio']], 'label': typing.Annotated[str, 'label'], 'later': typing.Annotated[__main__.Later, 'fwd'], 'limit': typing.ClassVar[typing.Annotated[int, 'cls']]}
# expect: {'x': <class 'int'>, 'y': typing.List[int], 'return': <class 'str'>}
# expect: {'x': typing.Annotated[int, 'x'], 'y': typing.Annotated[typing.List[int], 'y'], 'return': typing.Annotated[str, 'out']}
# expect: <class 'list'> (typing.Annotated[int, 'meta'],)
