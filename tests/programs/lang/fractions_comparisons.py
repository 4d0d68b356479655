# Comparing Fractions with ints, floats (exactly, with infinities and NaN) and Fractions; sorting mixed numbers; bool.
from fractions import Fraction

a = Fraction(3, 4)
for other in [Fraction(3, 4), Fraction(5, 6), 0, 1, True, 0.75, 0.7500000000000001, float("inf"), float("-inf"), float("nan")]:
    print(repr(other), a == other, a != other, a < other, a <= other, a > other, a >= other)
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1) == True, Fraction(2) == 2, a == "0.75", a == None)
print(sorted([Fraction(1, 2), 0.3, 1, Fraction(-1, 7), -2, 0.5]))
print(max(Fraction(1, 3), Fraction(1, 4)), min(Fraction(1, 3), 0.3), bool(Fraction(0)), bool(Fraction(-1, 9)))
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
# expect: Fraction(3, 4) True False False True False True
# expect: Fraction(5, 6) False True True True False False
# expect: 0 False True False False True True
# expect: 1 False True True True False False
# expect: True False True True True False False
# expect: 0.75 True False False True False True
# expect: 0.7500000000000001 False True True True False False
# expect: inf False True True True False False
# expect: -inf False True False False True True
# expect: nan False True False False False False
# expect: False True True True False False
# expect: [-2, Fraction(-1, 7), 0.3, Fraction(1, 2), 0.5, 1]
# expect: 1/3 0.3 False True
# expect: TypeError: '<' not supported between instances of 'Fraction' and 'str'
