# object's own __eq__, __ne__, __lt__..., __hash__, __repr__, __str__ and
# __format__, reached through super() or the object class.
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if isinstance(other, P): return self.v == other.v
        return super().__eq__(other)
    __hash__ = None
print(P(1) == P(1), P(1) == 1, P(1) != P(2), P(1) != 1)
class Tagged:
    def __repr__(self):
        return "Tagged" + object.__repr__(self)[:0]
    def __str__(self):
        return "str:" + super().__str__()
    def __hash__(self):
        return super().__hash__() * 0 + 7
    def __format__(self, spec):
        return "F" + super().__format__("")
print(repr(Tagged()), str(Tagged()), hash(Tagged()), f"{Tagged()}")
class Ordered:
    def __lt__(self, other):
        r = super().__lt__(other)
        return r
print(Ordered().__lt__(1) is NotImplemented, object.__eq__(1, 1), object.__eq__(1, 2) is NotImplemented)
o = object()
print(object.__repr__(o) == repr(o), object.__hash__(o) == hash(o), object.__str__(o) == str(o))
try:
    format(object(), "x")
except TypeError as e:
    print(e)
# expect: True False True True
# expect: Tagged str:Tagged 7 Fstr:Tagged
# expect: True True True
# expect: True True True
# expect: unsupported format string passed to object.__format__
