# variance, pvariance, stdev and pstdev computed exactly: the type of the data (int when whole), and correctly rounded square roots.
import statistics
from fractions import Fraction

samples = [[2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3, 4], [1, 3], [1, 2, 3, 5], [Fraction(1, 3), Fraction(2, 5), Fraction(7, 2)],
           [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [0.1, 0.2, 0.3], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3], [True, False, True], [5e-324, 0.0, 1e-320]]
for data in samples:
    print(repr(statistics.variance(data)), repr(statistics.pvariance(data)), repr(statistics.stdev(data)), repr(statistics.pstdev(data)))
print(repr(statistics.variance(x * 0.1 for x in range(10))), repr(statistics.stdev(iter([1.5, 2.5]))), repr(statistics.pstdev([5])), repr(statistics.pvariance([7])))
print(repr(statistics.stdev([10**200, 1.5, 3])), repr(statistics.stdev([1e308, -1e308])), repr(statistics.pstdev([10**200, 3])))
try:
    statistics.variance([10**200, 1.5, 3])
except OverflowError as e:
    print("OverflowError", e)
# expect: 1.3720238095238095 1.1760204081632653 1.171334200612195 1.084444746477784
# expect: 1.6666666666666667 1.25 1.2909944487358056 1.118033988749895
# expect: 2 1 1.4142135623730951 1.0
# expect: 2.9166666666666665 2.1875 1.707825127659933 1.479019945774904
# expect: Fraction(8839, 2700) Fraction(8839, 4050) 1.8093379186055056 1.4773182242842837
# expect: 1.16875 0.9739583333333334 1.0810874155219827 0.986893273527251
# expect: 0.009999999999999998 0.006666666666666665 0.09999999999999999 0.0816496580927726
# expect: 0.00999999284744509 0.006666661898296727 0.09999996423721906 0.08164962889258424
# expect: 0.3333333333333333 0.2222222222222222 0.5773502691896257 0.4714045207910317
# expect: 0.0 0.0 5.77e-321 4.713e-321
# expect: 0.09166666666666667 0.7071067811865476 0.0 0
# expect: 5.773502691896257e+199 1.4142135623730951e+308 5e+199
# expect: OverflowError integer division result too large for a float
