# A whole program of the kind held-out tests use (match_scoping), checked against CPython.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Color:
    RED = "red"
    GREEN = "green"

def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(cx, cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, radius=r):
            return f"circle r={r} c={c}"
        case [1, 2, *rest]:
            return f"starts 1,2 then {rest}"
        case [x, [y, *_]]:
            return f"nested {x} {y}"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case {"type": "user", "name": str(n), **extra}:
            return f"user {n} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case Color.RED:
            return "the color red"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case bool():
            return "bool"
        case int():
            return "int"
        case None:
            return "none"
        case _:
            return f"other {type(obj).__name__}"

for o in [Point(0, 0), Point(0, 5), Point(7, 0), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle((0, 0), 1),
          [1, 2, 3, 4], [1, 2], [9, [8, 7]], (1, 2, 3), "abc", {"type": "user", "name": "bo", "age": 3, "id": 1},
          {"type": "x"}, {"type": "user", "name": 5}, "red", "hello", -3, -2.5, True, 5, None, 3.5, {1, 2}]:
    print(describe(o))
    # expect: origin
    # expect: on axis at 5
    # expect: on axis at 7
    # expect: diagonal 3
    # expect: other Point
    # expect: big circle at 1,1
    # expect: circle r=1 c=(0, 0)
    # expect: starts 1,2 then [3, 4]
    # expect: starts 1,2 then []
    # expect: nested 9 8
    # expect: starts 1,2 then [3]
    # expect: other str
    # expect: user bo extra=['age', 'id']
    # expect: typed x
    # expect: typed user
    # expect: the color red
    # expect: long string 'hello'
    # expect: negative -3
    # expect: negative -2.5
    # expect: bool
    # expect: int
    # expect: none
    # expect: other float
    # expect: other set

class Config:
    base = 10
    scaled = [base * i for i in range(3)] if False else None
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        bad = [base + v for v in values]
    except NameError as e:
        err = str(e)
print(Config.doubled, Config.err)
# expect: [2, 4, 6] name 'base' is not defined
total = 0
data = [3, 8, 1, 9]
if any((big := v) > 7 for v in data):
    print("first big:", big)
    # expect: first big: 8
print([last := x for x in range(4)], last)
# expect: [0, 1, 2, 3] 3
def f(a, b, /, c, *, d=4, **kw):
    return a, b, c, d, kw
print(f(1, 2, 3), f(1, 2, c=3, d=5, e=6), f(*[1, 2], **{"c": 0}))
# expect: (1, 2, 3, 4, {}) (1, 2, 3, 5, {'e': 6}) (1, 2, 0, 4, {})
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: f() missing 2 required positional arguments: 'a' and 'b'
def g(*args, sep="-", **kwargs):
    return sep.join(map(str, args)) + str(sorted(kwargs.items()))
print(g(1, 2, sep="+", z=1, a=2), g(), g(*"abc", **dict(sep="")))
# expect: 1+2[('a', 2), ('z', 1)] [] abc[]
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        def deeper():
            nonlocal count
            count *= 10
        deeper()
        return count
    return bump
b = counter()
print(b(), b())
# expect: 10 110
x = "global"
def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner()
print(shadow())
# expect: global
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
    # expect: NameError: name 'x' is not defined
print((lambda *a, **k: (a, k))(1, b=2))
# expect: ((1,), {'b': 2})
print(1 < 2 < 3 > 2, 1 < 2 > 5, (0 or "" or None or "last"), (1 and "x" and 0), not [], [] == False)
# expect: True False last 0 True False
