# dataclass InitVar pseudo-fields go to __post_init__ and nowhere else;
# slots=True remakes the class with __slots__; match_args=False leaves
# __match_args__ out; frozen and non-frozen dataclasses do not mix.
from dataclasses import dataclass, field, fields, InitVar, replace, asdict, astuple


@dataclass
class C:
    a: int
    scale: InitVar[int]
    b: int = 0
    offset: InitVar[int] = 10

    def __post_init__(self, scale, offset):
        self.b = self.a * scale + offset


c = C(2, 3)
print(c, [f.name for f in fields(c)], C.__match_args__, asdict(c), astuple(c))
print(C(1, 2, offset=0), C(1, scale=5, b=9), c == C(2, 3), hasattr(c, "scale"))
print(replace(c, scale=1), C.__dataclass_fields__["scale"]._field_type, InitVar[int], InitVar[str])
try:
    replace(c)
except ValueError as e:
    print(e)
try:
    C(1)
except TypeError as e:
    print(e)


@dataclass(slots=True)
class P:
    x: int
    y: int = 5

    def norm(self):
        return self.x + self.y


p = P(1)
print(p, p.norm(), P.__slots__, hasattr(p, "__dict__"), P.__qualname__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True, frozen=True)
class Q:
    x: int
    y: int
    w: int = 0


q = Q(1, 2, 3)
print(q, Q.__slots__, hash(q) == hash(Q(1, 2, 3)))
try:
    q.w = 5
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(match_args=False)
class M:
    v: int


print(hasattr(M, "__match_args__"))


for frozen in [True, False]:
    try:
        @dataclass(frozen=frozen)
        class R(Q if not frozen else P):
            r: int = 0
    except TypeError as e:
        print(e)
print(P.__dataclass_params__)
# expect: C(a=2, b=16) ['a', 'b'] ('a', 'scale', 'b', 'offset') {'a': 2, 'b': 16} (2, 16)
# expect: C(a=1, b=2) C(a=1, b=15) True False
# expect: C(a=2, b=12) _FIELD_INITVAR dataclasses.InitVar[int] dataclasses.InitVar[str]
# expect: InitVar 'scale' must be specified with replace()
# expect: C.__init__() missing 1 required positional argument: 'scale'
# expect: P(x=1, y=5) 6 ('x', 'y') False P
# expect: AttributeError 'P' object has no attribute 'z'
# expect: Q(x=1, y=2, w=3) ('x', 'y', 'w') True
# expect: FrozenInstanceError cannot assign to field 'w'
# expect: False
# expect: cannot inherit frozen dataclass from a non-frozen one
# expect: cannot inherit non-frozen dataclass from a frozen one
# expect: _DataclassParams(init=True,repr=True,eq=True,order=False,unsafe_hash=False,frozen=False)
