# Fraction.from_float (exact, ints too) and from_decimal given ints, with the TypeErrors naming the argument.
from fractions import Fraction

print(repr(Fraction.from_float(0.1)), repr(Fraction.from_float(-2.5)), repr(Fraction.from_float(3)), repr(Fraction.from_float(True)))
print(Fraction.from_float(0.1) == Fraction(1, 10), Fraction.from_float(0.1) == 0.1)
print(repr(Fraction.from_decimal(4)), repr(Fraction.from_decimal(-7)))
for f in [lambda: Fraction.from_float("0.1"), lambda: Fraction.from_float(Fraction(1, 2)), lambda: Fraction.from_decimal(1.5), lambda: Fraction.from_decimal("1.5")]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    Fraction.from_float(float("nan"))
except ValueError as e:
    print("ValueError:", e)
# expect: Fraction(3602879701896397, 36028797018963968) Fraction(-5, 2) Fraction(3, 1) Fraction(1, 1)
# expect: False True
# expect: Fraction(4, 1) Fraction(-7, 1)
# expect: TypeError: Fraction.from_float() only takes floats, not '0.1' (str)
# expect: TypeError: Fraction.from_float() only takes floats, not Fraction(1, 2) (Fraction)
# expect: TypeError: Fraction.from_decimal() only takes Decimals, not 1.5 (float)
# expect: TypeError: Fraction.from_decimal() only takes Decimals, not '1.5' (str)
# expect: ValueError: cannot convert NaN to integer ratio
