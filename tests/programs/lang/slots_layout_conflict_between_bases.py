# Bases that each add __slots__ of their own cannot be combined (lay-out conflict); empty slots, __dict__ slots and a shared solid base can
def t(make):
    try:
        make()
        print("created")
    except TypeError as e:
        print("TypeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class E1:
    __slots__ = ()
class D1:
    __slots__ = ("__dict__",)
class P:
    pass
class S1b(S1):
    pass
class S1c(S1):
    __slots__ = ("c",)
t(lambda: type("S3", (S1, S2), {}))
t(lambda: type("M", (S1, E1), {}))
t(lambda: type("M", (E1, S1, P), {}))
t(lambda: type("M", (S1, D1), {}))
t(lambda: type("M", (S1b, S1c), {}))
t(lambda: type("M", (S1c, S2), {}))
t(lambda: type("M", (S1, P, S1b), {}) )
t(lambda: type("M", (S1b, S1), {}))
class X(S1b, S1c):
    pass
print(X.__mro__[1].__name__)
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: created
# expect: created
# expect: created
# expect: created
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: TypeError: Cannot create a consistent method resolution
# expect: order (MRO) for bases S1, P, S1b
# expect: created
# expect: S1b
