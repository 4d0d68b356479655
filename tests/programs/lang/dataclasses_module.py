# The dataclasses module: generated __init__/__repr__/__eq__/ordering/hash and
# frozen assignment, fields and factories, inheritance, __post_init__, and the
# errors CPython's generated code raises.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import List, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p.x, Point.y)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(int))


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default="s", repr=False, compare=False)


a = Inventory("ann")
a.items.append("key")
print(a, Inventory("bob").items, Inventory.count, a == Inventory("ann", ["key"], secret="other"))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), hash(Version(2)) == hash(Version(2)))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass
class Point3(Point):
    z: int = 5

    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = Point3(1, 2, 3)
print(q, q.norm(), Point3(7), [f.name for f in fields(Point3)])


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(WithPost(4))
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: Version()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2)])
print(n.value, n.children[0], n == Node(1, [Node(2)]), asdict(n))
print(hash(n) == hash(n), Point.__hash__ is None)
# expect: Point(x=1, y=2) Point(x=3, y=0) True True 1 0
# expect: ['x', 'y'] {'x': 1, 'y': 2} (1, 2) Point(x=1, y=9) True False
# expect: Inventory(owner='ann', items=['key']) [] 0 True
# expect: [Version(major=0, minor=9), Version(major=1, minor=0), Version(major=1, minor=2)] True True
# expect: FrozenInstanceError: cannot assign to field 'major'
# expect: Point3(x=1, y=2, z=3) 6 Point3(x=7, y=0, z=5) ['x', 'y', 'z']
# expect: WithPost(a=4, b=8)
# expect: TypeError: Point.__init__() missing 1 required positional argument: 'x'
# expect: TypeError: Point.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError: Point.__init__() got an unexpected keyword argument 'z'
# expect: TypeError: Point.__init__() got multiple values for argument 'x'
# expect: TypeError: Version.__init__() missing 1 required positional argument: 'major'
# expect: TypeError: non-default argument 'b' follows default argument
# expect: ValueError: mutable default <class 'list'> for field a is not allowed: use default_factory
# expect: 1 Node(value=2, children=[]) False {'value': 1, 'children': [{'value': 2, 'children': []}]}
# expect: True True
