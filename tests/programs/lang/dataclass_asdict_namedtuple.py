# dataclasses.asdict/astuple rebuild namedtuples and container subclasses with their own types and pass the factories down
from dataclasses import dataclass, asdict, astuple, field
from collections import namedtuple, OrderedDict
from typing import NamedTuple
P = namedtuple("P", "x y")
class T(NamedTuple):
    a: int
    b: str
class MyList(list):
    pass
@dataclass
class Inner:
    v: int
@dataclass
class D:
    p: P
    items: list
    inner: Inner
    extra: dict = field(default_factory=dict)
d = D(P(1, 2), MyList([T(3, "z"), Inner(4)]), Inner(5), {"k": Inner(6)})
print(asdict(d))
print(astuple(d))
print(type(asdict(d)["p"]).__name__, type(asdict(d)["items"]).__name__, type(astuple(d)[1]).__name__)
print(asdict(d, dict_factory=OrderedDict))
print(astuple(d, tuple_factory=list))
shared = [1, 2]
e = asdict(D(P(shared, 0), [], Inner(0)))
print(e["p"].x is shared, e["p"].x == shared)
# expect: {'p': P(x=1, y=2), 'items': [T(a=3, b='z'), {'v': 4}], 'inner': {'v': 5}, 'extra': {'k': {'v': 6}}}
# expect: (P(x=1, y=2), [T(a=3, b='z'), (4,)], (5,), {'k': (6,)})
# expect: P MyList MyList
# expect: OrderedDict([('p', P(x=1, y=2)), ('items', [T(a=3, b='z'), OrderedDict([('v', 4)])]), ('inner', OrderedDict([('v', 5)])), ('extra', {'k': OrderedDict([('v', 6)])})])
# expect: [P(x=1, y=2), [T(a=3, b='z'), [4]], [5], {'k': [6]}]
# expect: False True
