# Fraction.limit_denominator: the closest Fraction with a bounded denominator (the smaller denominator on a tie).
import math
from fractions import Fraction

pi = Fraction("3.141592653589793")
for m in [1, 2, 7, 10, 57, 100, 1000, 10**6]:
    print(m, repr(pi.limit_denominator(m)))
print(repr(Fraction(4321, 8765).limit_denominator(10000)), repr(Fraction(3, 2).limit_denominator(1)), repr(Fraction(5, 2).limit_denominator(1)))
print(repr(Fraction(-3, 2).limit_denominator(1)), repr(Fraction(1, 3).limit_denominator(2)), repr(Fraction(math.e).limit_denominator()))
print(repr(Fraction(0.1).limit_denominator(1000)), repr(Fraction(-2**70 - 1, 2**71).limit_denominator(5)))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
# expect: 1 Fraction(3, 1)
# expect: 2 Fraction(3, 1)
# expect: 7 Fraction(22, 7)
# expect: 10 Fraction(22, 7)
# expect: 57 Fraction(179, 57)
# expect: 100 Fraction(311, 99)
# expect: 1000 Fraction(355, 113)
# expect: 1000000 Fraction(3126535, 995207)
# expect: Fraction(4321, 8765) Fraction(1, 1) Fraction(2, 1)
# expect: Fraction(-2, 1) Fraction(1, 2) Fraction(1084483, 398959)
# expect: Fraction(1, 10) Fraction(-1, 2)
# expect: ValueError: max_denominator should be at least 1
