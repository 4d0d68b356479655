# Fraction ** : integer powers stay exact (negative ones invert), fractional powers and float operands give floats, an int base stays an int.
from fractions import Fraction

a = Fraction(2, 3)
print(repr(a ** 3), repr(a ** -2), repr(a ** 0), repr(Fraction(-2, 3) ** -3), repr(Fraction(-2, 3) ** -2))
print(repr(a ** Fraction(4)), repr(a ** True), a ** 0.5, a ** Fraction(1, 2), Fraction(4) ** 2.0)
print(repr(2 ** Fraction(3)), repr(2 ** Fraction(-2)), repr((-2) ** Fraction(-3)), 2 ** Fraction(1, 2), 2.0 ** Fraction(2))
print(repr(Fraction(1, 4) ** Fraction(1, 2)), repr(Fraction(4, 9) ** Fraction(-1, 2)))
print(repr(Fraction(10**20 + 1, 3) ** 3))
try:
    pow(Fraction(2), 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    a ** "x"
except TypeError as e:
    print("TypeError:", e)
# expect: Fraction(8, 27) Fraction(9, 4) Fraction(1, 1) Fraction(-27, 8) Fraction(9, 4)
# expect: Fraction(16, 81) Fraction(2, 3) 0.816496580927726 0.816496580927726 16.0
# expect: 8 Fraction(1, 4) Fraction(-1, 8) 1.4142135623730951 4.0
# expect: 0.5 1.5
# expect: Fraction(1000000000000000000030000000000000000000300000000000000000001, 27)
# expect: TypeError: Fraction.__pow__() takes 2 positional arguments but 3 were given
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'float' and 'str'
