# dataclasses.KW_ONLY makes the fields after it keyword-only.
from dataclasses import dataclass, KW_ONLY, field, fields

@dataclass
class P:
    x: int
    _: KW_ONLY
    y: int = 0
    z: list = field(default_factory=list)

print(P(1, y=2))
print([(f.name, f.kw_only) for f in fields(P)])
print(P.__match_args__)
try:
    P(1, 2)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Q:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print(e)

@dataclass
class R:
    _: KW_ONLY
    a: int
    b: int = 1
    c: str = "c"
print(R(a=3))
# expect: P(x=1, y=2, z=[])
# expect: [('x', False), ('y', True), ('z', True)]
# expect: ('x',)
# expect: P.__init__() takes 2 positional arguments but 3 were given
# expect: '__' is KW_ONLY, but KW_ONLY has already been specified
# expect: R(a=3, b=1, c='c')
