# The numbers tower: int, bool, float and Fraction are instances of the right ABCs; a Fraction's real/imag/conjugate/float; abstract classes refuse instantiation.
import numbers
from fractions import Fraction

for v in [1, True, 1.5, Fraction(1, 2), "x", None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(Fraction, numbers.Rational), issubclass(int, numbers.Number), issubclass(float, numbers.Rational))
f = Fraction(3, 4)
print(repr(f.real), f.imag, repr(f.conjugate()), float(f), float(Fraction(2**1100, 3**600)))
print(sorted(numbers.Rational.__abstractmethods__)[:6], numbers.Number.__hash__)
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError:", str(e)[:60])
# expect: 1 [True, True, True, True, True]
# expect: True [True, True, True, True, True]
# expect: 1.5 [True, True, True, False, False]
# expect: Fraction(1, 2) [True, True, True, True, False]
# expect: 'x' [False, False, False, False, False]
# expect: None [False, False, False, False, False]
# expect: True True False
# expect: Fraction(3, 4) 0 Fraction(3, 4) 0.75 7.24840412057269e+44
# expect: ['__abs__', '__add__', '__ceil__', '__eq__', '__floor__', '__floordiv__'] None
# expect: TypeError: Can't instantiate abstract class Integral with abstract meth
