# A subclass's reflected method goes first only when the subclass overrides it.
class A:
    def __add__(s, o): return "add"
    def __radd__(s, o): return "radd"
    def __sub__(s, o): return NotImplemented
    def __rsub__(s, o): return "A.rsub"
class C(A): pass
class D(A):
    def __radd__(s, o): return "D.radd"
    def __rsub__(s, o): return "D.rsub"
print(A() + C(), C() + A(), A() + D(), D() + A())
print(A() - C(), A() - D(), C() - A())
class N(int):
    def __radd__(s, o): return "N.radd"
print(1 + N(2), N(2) + 1)
class M(int): pass
print(1 + M(2), type(1 + M(2)).__name__)
# expect: add add D.radd add
# expect: A.rsub D.rsub A.rsub
# expect: N.radd 3
# expect: 3 int
