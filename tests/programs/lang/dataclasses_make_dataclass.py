# dataclasses.make_dataclass: fields as names, (name, type) and
# (name, type, field(...)); bases, namespace and the decorator's options.
import dataclasses
from dataclasses import make_dataclass, field, fields, asdict, astuple, replace, is_dataclass

Point = make_dataclass("Point", ["x", ("y", int), ("z", list, field(default_factory=list))])
p = Point(1, 2)
print(p, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__annotations__)
print([(f.name, f.type) for f in fields(Point)], is_dataclass(Point), is_dataclass(p))
print(asdict(p), astuple(p), replace(p, x=5), p == Point(1, 2), p == Point(1, 3))
print(Point.__match_args__)
match p:
    case Point(a, b):
        print("matched", a, b)


class Base:
    def norm(self):
        return abs(self.x) + abs(self.y)

    def greet(self):
        return "base"


V = make_dataclass("V", [("x", int), ("y", int, field(default=0))], bases=(Base,),
                   namespace={"greet": lambda self: "hi %s" % self.x, "K": 10},
                   frozen=True, order=True)
v = V(-3, 4)
print(v, v.norm(), v.greet(), V.K, V(1) < V(2), V(1, 5) >= V(1, 2), hash(v) == hash(V(-3, 4)))
try:
    v.x = 1
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(sorted([V(2, 1), V(1, 9), V(1, 2)]))

K = make_dataclass("K", [("a", int), ("b", int, field(default=2, repr=False))], kw_only=True, repr=True, eq=False)
k = K(a=1)
print(k, k.b, k == K(a=1))
try:
    K(1)
except TypeError as e:
    print(e)

S = make_dataclass("S", ["a", "b"], slots=True)
s = S(1, 2)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError")

W = make_dataclass("W", ["a"], slots=True, weakref_slot=True)
print(W.__slots__, W(1))
try:
    make_dataclass("W2", ["a"], weakref_slot=True)
except TypeError as e:
    print(e)

N = make_dataclass("N", [], init=False, repr=False)
print(type(N()).__name__, N.__dataclass_fields__)

# A dataclass base: its fields come first.
Child = make_dataclass("Child", [("c", str, field(default="c"))], bases=(Point,))
print(Child(1, 2, [3]), [f.name for f in fields(Child)])

M = make_dataclass("M", ["a"], namespace={"__module__": "mymod", "__doc__": "docs"})
print(M.__module__, M.__doc__, M(1))

for bad in [["a", "a"], ["1x"], [("class", int)], [(1, int)], [("a", int, 1, 4)], [("a",)], ["a b"]]:
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print(e)
try:
    make_dataclass("Bad", [("a", int, field(default=1)), "b"])
except TypeError as e:
    print(e)
try:
    make_dataclass("Bad", ["a"], order=True, eq=False)
except ValueError as e:
    print(e)
F = make_dataclass("F", [("a", int, field(default=1, metadata={"unit": "m"})), ("b", int, field(default=2))])
fa, fb = fields(F)
print(fa.metadata, fa.metadata["unit"], fb.metadata, fa._field_type, repr(fa).split(",")[-4:])
try:
    fa.metadata["x"] = 1
except TypeError as e:
    print(e)
# expect: Point(x=1, y=2, z=[]) Point Point types
# expect: {'x': 'typing.Any', 'y': <class 'int'>, 'z': <class 'list'>}
# expect: [('x', 'typing.Any'), ('y', <class 'int'>), ('z', <class 'list'>)] True True
# expect: {'x': 1, 'y': 2, 'z': []} (1, 2, []) Point(x=5, y=2, z=[]) True False
# expect: ('x', 'y', 'z')
# expect: matched 1 2
# expect: V(x=-3, y=4) 7 hi -3 10 True True True
# expect: FrozenInstanceError cannot assign to field 'x'
# expect: [V(x=1, y=2), V(x=1, y=9), V(x=2, y=1)]
# expect: K(a=1) 2 False
# expect: K.__init__() takes 1 positional argument but 2 were given
# expect: S(a=1, b=2) ('a', 'b') False
# expect: AttributeError
# expect: ('a', '__weakref__') W(a=1)
# expect: weakref_slot is True but slots is False
# expect: N {}
# expect: Child(x=1, y=2, z=[3], c='c') ['x', 'y', 'z', 'c']
# expect: mymod docs M(a=1)
# expect: Field name duplicated: 'a'
# expect: Field names must be valid identifiers: '1x'
# expect: Field names must not be keywords: 'class'
# expect: Field names must be valid identifiers: 1
# expect: Invalid field: ('a', <class 'int'>, 1, 4)
# expect: Invalid field: ('a',)
# expect: Field names must be valid identifiers: 'a b'
# expect: non-default argument 'b' follows default argument
# expect: eq must be true if order is true
# expect: {'unit': 'm'} m {} _FIELD ['compare=True', "metadata=mappingproxy({'unit': 'm'})", 'kw_only=False', '_field_type=_FIELD)']
# expect: 'mappingproxy' object does not support item assignment
