# round() of a Fraction rounds half to even (an int, or a Fraction with ndigits); math.floor/ceil/trunc and int() go through __floor__ etc.
import math
from fractions import Fraction

for f in [Fraction(5, 2), Fraction(7, 2), Fraction(-5, 2), Fraction(-7, 2), Fraction(1, 3), Fraction(-2, 3), Fraction(10**20 + 1, 2)]:
    print(repr(f), round(f), math.floor(f), math.ceil(f), math.trunc(f), int(f), type(round(f)).__name__)
f = Fraction(1234567, 1000)
for nd in [-3, -2, -1, 0, 1, 2, 5]:
    print(nd, repr(round(f, nd)))
print(repr(round(Fraction(25, 100), 1)), repr(round(Fraction(35, 100), 1)), repr(round(Fraction(-15, 10), 0)), repr(round(Fraction(250), -2)))
# expect: Fraction(5, 2) 2 2 3 2 2 int
# expect: Fraction(7, 2) 4 3 4 3 3 int
# expect: Fraction(-5, 2) -2 -3 -2 -2 -2 int
# expect: Fraction(-7, 2) -4 -4 -3 -3 -3 int
# expect: Fraction(1, 3) 0 0 1 0 0 int
# expect: Fraction(-2, 3) -1 -1 0 0 0 int
# expect: Fraction(100000000000000000001, 2) 50000000000000000000 50000000000000000000 50000000000000000001 50000000000000000000 50000000000000000000 int
# expect: -3 Fraction(1000, 1)
# expect: -2 Fraction(1200, 1)
# expect: -1 Fraction(1230, 1)
# expect: 0 Fraction(1235, 1)
# expect: 1 Fraction(6173, 5)
# expect: 2 Fraction(123457, 100)
# expect: 5 Fraction(1234567, 1000)
# expect: Fraction(1, 5) Fraction(2, 5) Fraction(-2, 1) Fraction(200, 1)
