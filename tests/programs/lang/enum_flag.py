import enum
from enum import Flag, IntFlag, auto
class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(P), P.R|P.W, repr(P.R|P.W), repr(P(0)), str(P(0)), P.RWX, repr(~P.R), bool(P(0)), len(P.R|P.X), list(P.R|P.W))
print(P.__members__.keys(), P.W in (P.R|P.W), P(6), P._member_names_)
try: P(8)
except ValueError as e: print(repr(e))
class Q(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(Q.A|Q.B, repr(Q.A|Q.B), Q.A|8, repr(Q.A|8), Q(0), repr(Q(0)), ~Q.A, repr(~Q.A), Q.A + 1, format(Q.B), f'{Q.A|Q.C}', Q.A == 1, isinstance(Q.A, int))
print(repr(Q(9)), repr(8 | Q.A), repr(Q.A & 3))
class C(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED|GREEN|BLUE
print(repr(C.WHITE), repr(~C.RED), list(C.WHITE), C.RED & C.GREEN, repr(C.RED ^ C.WHITE), C(3), list(C))
print(C.RED.value, C.BLUE.name, (C.RED|C.BLUE).name, P(0).name)
print(repr(C), repr(Q), P._boundary_, Q._boundary_, enum.FlagBoundary.STRICT)
try:
    C.RED in 1
except TypeError as e:
    print(e)
try:
    1 in C.RED
except TypeError as e:
    print(e)
perm = P.R | P.X
for p in P:
    print(p.name, p in perm)
print(C(7) is C.WHITE, C.RED | C.GREEN is C(3), hash(C.RED) == hash(C.RED))
class Color(IntFlag):
    RED = 1
    GREEN = 2
print(Color.RED | Color.GREEN == 3, int(Color.RED | Color.GREEN), sorted([Color.GREEN, Color.RED]))
d = {C.RED: "r", C.GREEN | C.BLUE: "gb"}
print(d[C(6)])
print(C(0) == C.RED & C.BLUE, not C(0))
print(P(7), repr(P(7)), P.RWX is P(7))
# expect: [<P.R: 4>, <P.W: 2>, <P.X: 1>] P.R|W <P.R|W: 6> <P: 0> P(0) P.RWX <P.W|X: 3> False 2 [<P.R: 4>, <P.W: 2>]
# expect: dict_keys(['R', 'W', 'X', 'RWX']) True P.R|W ['R', 'W', 'X']
# expect: ValueError("<flag 'P'> invalid value 8\n    given 0b0 1000\n  allowed 0b0 0111")
# expect: 3 <Q.A|B: 3> 9 <Q.A|8: 9> 0 <Q: 0> 6 <Q.B|C: 6> 2 2 5 True True
# expect: <Q.A|8: 9> <Q.A|8: 9> <Q.A: 1>
# expect: <C.WHITE: 7> <C.GREEN|BLUE: 6> [<C.RED: 1>, <C.GREEN: 2>, <C.BLUE: 4>] C(0) <C.GREEN|BLUE: 6> C.RED|GREEN [<C.RED: 1>, <C.GREEN: 2>, <C.BLUE: 4>]
# expect: 1 BLUE RED|BLUE None
# expect: <flag 'C'> <flag 'Q'> strict keep strict
# expect: argument of type 'int' is not iterable
# expect: unsupported operand type(s) for 'in': 'int' and 'C'
# expect: R True
# expect: W False
# expect: X True
# expect: True True True
# expect: True 3 [<Color.RED: 1>, <Color.GREEN: 2>]
# expect: gb
# expect: True True
# expect: P.RWX <P.RWX: 7> True
