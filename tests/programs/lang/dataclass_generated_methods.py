from dataclasses import dataclass, field, InitVar, FrozenInstanceError, fields, asdict, replace
import traceback

@dataclass
class A:
    x: int
    y: str = "y"
    z: list = field(default_factory=list)
    w: int = field(default=7, init=False)
    v: int = field(init=False, default_factory=lambda: 99)

a = A(1)
print(a, a.z is not A(1).z, A.__init__.__qualname__, A.__eq__.__qualname__, A.__init__.__name__)
for bad in [lambda: A(), lambda: A(1, 2, 3, 4), lambda: A(1, q=2), lambda: A(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print(e)

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print(e)

@dataclass
class Self:
    self: int
    other: int = 0
print(Self(5), Self(self=3))

@dataclass
class P:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(P(3), P(3, 5))

@dataclass(frozen=True)
class Fz:
    a: int
    b: tuple = ()
f = Fz(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(f) == hash(Fz(1)), f == Fz(1), f != Fz(2))

@dataclass(order=True)
class O:
    p: int
    q: str = field(compare=False, default="")
print(O(1, "z") < O(2, "a"), O(1, "z") == O(1, "a"), sorted([O(3), O(1), O(2)]))
try:
    O(1) < 3
except TypeError as e:
    print(e)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1)
n.children.append(n)
print(n)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
print(asdict(A(2)), replace(A(3), y="r"))

@dataclass
class Boom:
    x: int
    def __post_init__(self):
        raise ValueError("bad x")
try:
    Boom(1)
except ValueError:
    tb = traceback.format_exc().splitlines()
    print([l.replace(__file__, "F") for l in tb if "line" in l][-2:])

class Base:
    def __init__(self): self.hidden = 1
@dataclass
class Child(Base):
    c: int = 0
print(Child(), hasattr(Child(), "hidden"))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
print(A.__init__.__module__, A.__repr__.__qualname__)
# expect: A(x=1, y='y', z=[], w=7, v=99) True A.__init__ A.__eq__ __init__
# expect: A.__init__() missing 1 required positional argument: 'x'
# expect: A.__init__() takes from 2 to 4 positional arguments but 5 were given
# expect: A.__init__() got an unexpected keyword argument 'q'
# expect: A.__init__() got multiple values for argument 'x'
# expect: K(a=1, b=2)
# expect: K.__init__() takes 1 positional argument but 2 were given
# expect: Self(self=5, other=0) Self(self=3, other=0)
# expect: P(x=6) P(x=15)
# expect: frozen: cannot assign to field 'a'
# expect: True True True
# expect: True True [O(p=1, q=''), O(p=2, q=''), O(p=3, q='')]
# expect: '<' not supported between instances of 'O' and 'int'
# expect: Node(val=1, children=[...])
# expect: Empty() True
# expect: {'x': 2, 'y': 'y', 'z': [], 'w': 7, 'v': 99} A(x=3, y='r', z=[], w=7, v=99)
# expect: ['  File "<string>", line 4, in __init__', '  File "F", line 83, in __post_init__']
# expect: Child(c=0) False
# expect: False
# expect: __main__ A.__repr__
