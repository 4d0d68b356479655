# __call__, __add__ with reflected __radd__, __iadd__, __neg__ and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents)
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + Money(7), Money(5) + 1, 1 + Money(5), sum([Money(1), Money(2)]))
# expect: Money(12) Money(6) Money(6) Money(3)
print(3 * Money(2), Money(2) * 3, -Money(4))
# expect: Money(6) Money(6) Money(-4)
m = Money(1)
m += Money(1)
print(m)
# expect: Money(2)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: unsupported operand type(s) for +: 'Money' and 'str'
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
add5 = Adder(5)
print(add5(1), add5(1, y=2), callable(add5), callable(Money(1)))
# expect: 6 8 True False
