# A builtin function stored as a class attribute does not bind to instances (a builtin class's own methods do).
class C:
    f = len
    g = staticmethod(len)
    h = str.upper
print(C().f('abc'), C.f('ab'), C().g('x'), C().h() if False else C.h('q'))
import math
class M:
    sq = math.sqrt
print(M().sq(16))
class S(str):
    up = str.upper
print(S("ab").up())
# expect: 3 2 1 Q
# expect: 4.0
# expect: AB
