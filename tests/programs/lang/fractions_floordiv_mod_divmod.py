# Fraction //, % and divmod: an int quotient and a Fraction remainder with the divisor's sign; float operands give floats.
from fractions import Fraction

values = [Fraction(7, 2), Fraction(-7, 2), Fraction(2, 3), Fraction(-2, 3), 3, -3]
for x in values:
    for y in values:
        if isinstance(x, int) and isinstance(y, int):
            continue
        print(repr(x), repr(y), repr(x // y), repr(x % y), repr(divmod(x, y)))
print(divmod(Fraction(7, 2), 1.5), divmod(7.5, Fraction(1, 2)), Fraction(7, 2) // 0.75, 5.5 % Fraction(3, 2))
print(type(Fraction(9, 2) // 2).__name__, type(Fraction(9, 2) % 2).__name__)
# expect: Fraction(7, 2) Fraction(7, 2) 1 Fraction(0, 1) (1, Fraction(0, 1))
# expect: Fraction(7, 2) Fraction(-7, 2) -1 Fraction(0, 1) (-1, Fraction(0, 1))
# expect: Fraction(7, 2) Fraction(2, 3) 5 Fraction(1, 6) (5, Fraction(1, 6))
# expect: Fraction(7, 2) Fraction(-2, 3) -6 Fraction(-1, 2) (-6, Fraction(-1, 2))
# expect: Fraction(7, 2) 3 1 Fraction(1, 2) (1, Fraction(1, 2))
# expect: Fraction(7, 2) -3 -2 Fraction(-5, 2) (-2, Fraction(-5, 2))
# expect: Fraction(-7, 2) Fraction(7, 2) -1 Fraction(0, 1) (-1, Fraction(0, 1))
# expect: Fraction(-7, 2) Fraction(-7, 2) 1 Fraction(0, 1) (1, Fraction(0, 1))
# expect: Fraction(-7, 2) Fraction(2, 3) -6 Fraction(1, 2) (-6, Fraction(1, 2))
# expect: Fraction(-7, 2) Fraction(-2, 3) 5 Fraction(-1, 6) (5, Fraction(-1, 6))
# expect: Fraction(-7, 2) 3 -2 Fraction(5, 2) (-2, Fraction(5, 2))
# expect: Fraction(-7, 2) -3 1 Fraction(-1, 2) (1, Fraction(-1, 2))
# expect: Fraction(2, 3) Fraction(7, 2) 0 Fraction(2, 3) (0, Fraction(2, 3))
# expect: Fraction(2, 3) Fraction(-7, 2) -1 Fraction(-17, 6) (-1, Fraction(-17, 6))
# expect: Fraction(2, 3) Fraction(2, 3) 1 Fraction(0, 1) (1, Fraction(0, 1))
# expect: Fraction(2, 3) Fraction(-2, 3) -1 Fraction(0, 1) (-1, Fraction(0, 1))
# expect: Fraction(2, 3) 3 0 Fraction(2, 3) (0, Fraction(2, 3))
# expect: Fraction(2, 3) -3 -1 Fraction(-7, 3) (-1, Fraction(-7, 3))
# expect: Fraction(-2, 3) Fraction(7, 2) -1 Fraction(17, 6) (-1, Fraction(17, 6))
# expect: Fraction(-2, 3) Fraction(-7, 2) 0 Fraction(-2, 3) (0, Fraction(-2, 3))
# expect: Fraction(-2, 3) Fraction(2, 3) -1 Fraction(0, 1) (-1, Fraction(0, 1))
# expect: Fraction(-2, 3) Fraction(-2, 3) 1 Fraction(0, 1) (1, Fraction(0, 1))
# expect: Fraction(-2, 3) 3 -1 Fraction(7, 3) (-1, Fraction(7, 3))
# expect: Fraction(-2, 3) -3 0 Fraction(-2, 3) (0, Fraction(-2, 3))
# expect: 3 Fraction(7, 2) 0 Fraction(3, 1) (0, Fraction(3, 1))
# expect: 3 Fraction(-7, 2) -1 Fraction(-1, 2) (-1, Fraction(-1, 2))
# expect: 3 Fraction(2, 3) 4 Fraction(1, 3) (4, Fraction(1, 3))
# expect: 3 Fraction(-2, 3) -5 Fraction(-1, 3) (-5, Fraction(-1, 3))
# expect: -3 Fraction(7, 2) -1 Fraction(1, 2) (-1, Fraction(1, 2))
# expect: -3 Fraction(-7, 2) 0 Fraction(-3, 1) (0, Fraction(-3, 1))
# expect: -3 Fraction(2, 3) -5 Fraction(1, 3) (-5, Fraction(1, 3))
# expect: -3 Fraction(-2, 3) 4 Fraction(-1, 3) (4, Fraction(-1, 3))
# expect: (2.0, 0.5) (15.0, 0.0) 4.0 1.0
# expect: int Fraction
