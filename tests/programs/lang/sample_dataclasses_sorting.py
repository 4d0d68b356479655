# A whole program of the kind held-out tests use (dataclasses_sorting), checked against CPython.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
import functools

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

@dataclass
class Point:
    x: int
    y: int = field(default=0, repr=False)
    label: str = field(default="", compare=False)

i = Item("apple", 0.5, 4)
print(i, i.total)
# expect: Item(name='apple', price=0.5, qty=4, tags=[]) 2.0
print(asdict(i), astuple(i))
# expect: {'name': 'apple', 'price': 0.5, 'qty': 4, 'tags': []} ('apple', 0.5, 4, [])
j = replace(i, qty=10)
print(j, i == Item("apple", 0.5, 4), i == j)
# expect: Item(name='apple', price=0.5, qty=10, tags=[]) True False
i.tags.append("fruit")
print(Item("x", 1).tags, i.tags)
# expect: [] ['fruit']
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1), Version(2)]
print(sorted(vs))
# expect: [Version(major=0, minor=9, patch=9), Version(major=1, minor=2, patch=0), Version(major=1, minor=2, patch=1), Version(major=1, minor=10, patch=0), Version(major=2, minor=0, patch=0)]
print([str(v) for v in sorted(vs, reverse=True)])
# expect: ['2.0.0', '1.10.0', '1.2.1', '1.2.0', '0.9.9']
print(max(vs), min(vs), Version(1) < Version(1, 0, 1))
# expect: 2.0.0 0.9.9 True
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
    # expect: FrozenInstanceError cannot assign to field 'major'
print(hash(Version(1, 2)) == hash(Version(1, 2)))
# expect: True
print(Point(1, 2, "a"), Point(1, 2, "a") == Point(1, 2, "b"))
# expect: Point(x=1, label='a') True
print([f.name for f in fields(Point)])
# expect: ['x', 'y', 'label']
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: Item.__init__() missing 2 required positional arguments: 'name' and 'price'

@functools.total_ordering
class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __eq__(self, o):
        return (self.grade, self.name) == (o.grade, o.name)
    def __lt__(self, o):
        return (self.grade, self.name) < (o.grade, o.name)
    def __repr__(self):
        return f"{self.name}:{self.grade}"

ss = [Student("bob", 90), Student("amy", 90), Student("cat", 85), Student("dan", 95)]
print(sorted(ss), Student("a", 1) >= Student("a", 1), Student("z", 1) > Student("a", 2))
# expect: [cat:85, amy:90, bob:90, dan:95] True False
print(sorted(ss, key=lambda s: (-s.grade, s.name)))
# expect: [dan:95, amy:90, bob:90, cat:85]
def cmp(a, b):
    return (a.name > b.name) - (a.name < b.name)
print(sorted(ss, key=functools.cmp_to_key(cmp)))
# expect: [amy:90, bob:90, cat:85, dan:95]
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records))
# expect: [('c', 1), ('a', 1), ('b', 2), ('a', 2)] [('a', 1), ('a', 2), ('b', 2), ('c', 1)]
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: '<' not supported between instances of 'NoOrder' and 'NoOrder'
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: '<' not supported between instances of 'str' and 'int'
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: '<' not supported between instances of 'Version' and 'tuple'
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
# expect: Node(val=1, children=[Node(val=2, children=[]), Node(val=3, children=[Node(val=4, children=[])])])
print(asdict(tree))
# expect: {'val': 1, 'children': [{'val': 2, 'children': []}, {'val': 3, 'children': [{'val': 4, 'children': []}]}]}
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: mutable default <class 'list'> for field items is not allowed: use default_factory
