# Reflected operators: __rsub__, __rtruediv__, subclass priority, and comparisons.
class N:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return f"N.sub({o})"
    def __rsub__(self, o):
        return f"N.rsub({o})"
    def __truediv__(self, o):
        return NotImplemented
    def __rtruediv__(self, o):
        return f"N.rtruediv({o})"
    def __eq__(self, o):
        return f"N.eq"
    def __repr__(self):
        return "N"
print(N(1) - 5, 5 - N(1), 10 / N(1), 1 == N(1), N(1) == 1)
# expect: N.sub(5) N.rsub(5) N.rtruediv(10) N.eq N.eq
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), 1 + Base())
# expect: Derived.radd Base.add Base.radd
try:
    N(1) / 2
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: unsupported operand type(s) for /: 'N' and 'int'
class G:
    def __gt__(self, o):
        return "G.gt"
print(1 < G())
# expect: G.gt
