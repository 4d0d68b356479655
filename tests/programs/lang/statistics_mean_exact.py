# statistics.mean sums exactly and rounds once: the float CPython prints, an int for ints when whole, a Fraction for Fractions, the data's own float subclass.
import statistics
from fractions import Fraction

class Celsius(float):
    pass

print(statistics.mean([1.1, 2.2, 3.3]), statistics.mean([0.1] * 10), statistics.mean([1e16, 1.0, -1e16]), statistics.mean([0.1, 0.2, 0.3, 0.4]))
print(repr(statistics.mean([1, 2, 3, 4, 4])), repr(statistics.mean([1, 2])), repr(statistics.mean([-1, 1])), repr(statistics.mean([10**30, 1])))
print(repr(statistics.mean([Fraction(1, 3), Fraction(2, 3), 1])), repr(statistics.mean([Fraction(1, 3), 0.5])), repr(statistics.mean([True, False, True])))
print(repr(statistics.mean(range(10))), repr(statistics.mean(x / 10 for x in range(10))), repr(statistics.mean(iter([1.5, 2.5]))))
m = statistics.mean([Celsius(20.5), 21, Celsius(19.25)])
print(type(m).__name__, m)
print(statistics.mean([-1.0, 2.5, 3.25, 5.75]), statistics.mean([1e308, 1e308]), statistics.mean([5e-324, 5e-324, 0.0]))
# expect: 2.2 0.1 0.3333333333333333 0.25
# expect: 2.8 1.5 0 5e+29
# expect: Fraction(2, 3) 0.4166666666666667 0.6666666666666666
# expect: 4.5 0.45 2.0
# expect: Celsius 20.25
# expect: 2.625 1e+308 5e-324
