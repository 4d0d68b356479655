# C3 method resolution order with diamond inheritance and super chains.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
# expect: ['D', 'B', 'C', 'A']
print([k.__name__ for k in D.__mro__])
# expect: ['D', 'B', 'C', 'A', 'object']
print([k.__name__ for k in D.mro()])
# expect: ['D', 'B', 'C', 'A', 'object']
class X: pass
class Y: pass
try:
    class Z(X, Y, X): pass
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: duplicate base class X
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: Cannot create a consistent method resolution
# expect: order (MRO) for bases X, Y
