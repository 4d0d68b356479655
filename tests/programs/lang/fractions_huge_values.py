# Fractions of huge ints (a 300000-digit power of ten from a string, gcd with small numbers) stay exact and quick.
import math
from fractions import Fraction

big = Fraction("3e300000")
print(big.numerator.bit_length(), big.denominator, (big / 9).denominator, (big / 7).denominator)
print(math.gcd(10**300000, 3), math.gcd(3, 10**300000 + 2), math.gcd(10**300000, 2**20), math.gcd(-(10**300000), 0) == 10**300000)
print(Fraction(10**300000 + 1, 10**299999).limit_denominator(100), float(Fraction(1, 10**300000)) == 0.0)
# expect: 996581 1 3 7
# expect: 1 3 1048576 True
# expect: 10 True
