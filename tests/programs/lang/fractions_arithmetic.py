# Fraction +, -, *, / and unary operators: exact with ints and Fractions (either side), float results with floats.
from fractions import Fraction

a, b = Fraction(3, 4), Fraction(-5, 6)
for x, y in [(a, b), (a, 2), (2, a), (b, -3), (True, a), (a, Fraction(1, 4))]:
    print(repr(x + y), repr(x - y), repr(x * y), repr(x / y))
for x, y in [(a, 0.5), (0.5, a), (b, 1e300), (-2.5, b)]:
    print(x + y, x - y, x * y, x / y)
print(repr(-a), repr(+a), repr(abs(b)), repr(-Fraction(0)))
print(repr(sum([Fraction(1, 10)] * 10)), sum([Fraction(1, 10)] * 10) == 1)
print(repr(Fraction(1, 3) + Fraction(1, 6)), repr(Fraction(2, 3) * Fraction(3, 2)), repr(Fraction(6, 35) / Fraction(10, 21)))
total = Fraction(0)
for i in range(1, 30):
    total += Fraction(1, i)
print(total)
for op in ["a + None", "None - a", "a * 'x'", "'x' * a", "[] / a"]:
    try:
        eval(op)
    except TypeError as e:
        print("TypeError:", e)
# expect: Fraction(-1, 12) Fraction(19, 12) Fraction(-5, 8) Fraction(-9, 10)
# expect: Fraction(11, 4) Fraction(-5, 4) Fraction(3, 2) Fraction(3, 8)
# expect: Fraction(11, 4) Fraction(5, 4) Fraction(3, 2) Fraction(8, 3)
# expect: Fraction(-23, 6) Fraction(13, 6) Fraction(5, 2) Fraction(5, 18)
# expect: Fraction(7, 4) Fraction(1, 4) Fraction(3, 4) Fraction(4, 3)
# expect: Fraction(1, 1) Fraction(1, 2) Fraction(3, 16) Fraction(3, 1)
# expect: 1.25 0.25 0.375 1.5
# expect: 1.25 -0.25 0.375 0.6666666666666666
# expect: 1e+300 -1e+300 -8.333333333333334e+299 -8.333333333333333e-301
# expect: -3.3333333333333335 -1.6666666666666665 2.0833333333333335 3.0
# expect: Fraction(-3, 4) Fraction(3, 4) Fraction(5, 6) Fraction(0, 1)
# expect: Fraction(1, 1) True
# expect: Fraction(1, 2) Fraction(1, 1) Fraction(9, 25)
# expect: 9227046511387/2329089562800
# expect: TypeError: unsupported operand type(s) for +: 'Fraction' and 'NoneType'
# expect: TypeError: unsupported operand type(s) for -: 'NoneType' and 'Fraction'
# expect: TypeError: can't multiply sequence by non-int of type 'Fraction'
# expect: TypeError: can't multiply sequence by non-int of type 'Fraction'
# expect: TypeError: unsupported operand type(s) for /: 'list' and 'Fraction'
