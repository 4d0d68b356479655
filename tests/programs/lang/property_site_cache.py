class A:
    def __init__(self): self.v = "inst"
    @property
    def p(self): return "A.p"
class B(A):
    @property
    def p(self): return "B.p"
def read(o): return o.p
objs = [A(), B(), A(), B()]
print([read(o) for o in objs])
A.p = property(lambda self: "A.p2")
print([read(o) for o in objs])
del A.p
try:
    print([read(o) for o in objs])
except AttributeError as e:
    print("AttributeError", e)
class C:
    @property
    def q(self): raise ValueError("getter failed")
def rq(o):
    try:
        return o.q
    except ValueError as e:
        return str(e)
print(rq(C()), rq(C()))
C.q = 5
print(rq(C()))
class D:
    @property
    def r(self): return 1
d = D()
d.__dict__["r"] = 2
print(d.r, d.r)
class E:
    def __getattribute__(self, n): return "custom " + n
    @property
    def s(self): return "prop"
def rs(o): return o.s
print(rs(D() if False else E()), rs(E()))
# expect: ['A.p', 'B.p', 'A.p', 'B.p']
# expect: ['A.p2', 'B.p', 'A.p2', 'B.p']
# expect: AttributeError 'A' object has no attribute 'p'
# expect: getter failed getter failed
# expect: 5
# expect: 1 1
# expect: custom s custom s
