# An uncaught ZeroDivisionError from a Fraction division reports the Fraction it could not make.
from fractions import Fraction

print(Fraction(1, 2) / 2)
print(Fraction(1, 2) / 0)
# expect: 1/4
# expect error: ZeroDivisionError: Fraction(1, 0)
