# The math module: constants, float functions, integer functions, domain errors.
import math
print(math.pi, math.e, math.inf, math.sqrt(16), math.sqrt(2))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.isqrt(99))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4))
print(math.sin(0), math.cos(0), round(math.atan2(1, 1), 6), math.degrees(math.pi))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.modf(2.5))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
# expect: 3.141592653589793 2.718281828459045 inf 4.0 1.4142135623730951
# expect: 2 3 -2 -1
# expect: 6 12 2432902008176640000 9
# expect: 120 20 24
# expect: 2.0 3.0 3.0 1.0
# expect: True True True
# expect: 1.0 0.9999999999999999 5.0
# expect: 0.0 1.0 0.785398 180.0
# expect: 3.0 -2.0 1.0 (0.5, 2.0)
# expect: ValueError: math domain error
# expect: ValueError: math domain error
