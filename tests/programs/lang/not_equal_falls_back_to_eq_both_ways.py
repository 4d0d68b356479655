# `a != b` without __ne__ inverts __eq__, tried on each side in turn, as
# object.__ne__ does: an __eq__ returning NotImplemented runs twice.
class C:
    def __eq__(self, o):
        print("eq", type(o).__name__); return NotImplemented
print(C() != C())
class D:
    def __eq__(self, o):
        print("D.eq"); return True
print(D() != D(), D() != 1, 1 != D())
class E(D):
    def __ne__(self, o):
        print("E.ne"); return "ne"
print(D() != E(), E() != D())
class F:
    def __eq__(self, o): return NotImplemented
print(F() != 1, 1 != F(), F() == F())
class G(Exception):
    def __eq__(self, o): print("G.eq"); return False
print(G() != G())
# expect: eq C
# expect: eq C
# expect: True
# expect: D.eq
# expect: D.eq
# expect: D.eq
# expect: False False False
# expect: E.ne
# expect: E.ne
# expect: ne ne
# expect: True True False
# expect: G.eq
# expect: True
