# Fraction subclasses: construction keeps the subclass, arithmetic returns plain Fractions; copy and deepcopy; immutability.
import copy
from fractions import Fraction

class Ratio(Fraction):
    def describe(self):
        return "ratio %s" % self

r = Ratio(6, 8)
print(repr(r), r.describe(), type(r + 1).__name__, type(+r).__name__, type(-r).__name__, type(Ratio.from_float(0.5)).__name__)
f = Fraction(1, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, repr(copy.copy(r)), type(copy.deepcopy(r)).__name__, f.__reduce__())
try:
    f.numerator = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.extra = 5
except AttributeError as e:
    print("AttributeError:", e)
# expect: Ratio(3, 4) ratio 3/4 Fraction Fraction Fraction Ratio
# expect: True True Ratio(3, 4) Ratio (<class 'fractions.Fraction'>, (1, 3))
# expect: AttributeError: property 'numerator' of 'Fraction' object has no setter
# expect: AttributeError: 'Fraction' object has no attribute 'extra'
