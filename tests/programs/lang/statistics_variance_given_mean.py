# variance, pvariance, stdev and pstdev around a given mean: deviations in the data's own arithmetic, then summed exactly.
import statistics
from fractions import Fraction

data = [1, 2, 3, 4]
mu = statistics.mean(data)
print(repr(mu), repr(statistics.pvariance(data, mu)), repr(statistics.variance(data, mu)), repr(statistics.stdev(data, 2.5)), repr(statistics.pstdev(data, Fraction(5, 2))))
print(repr(statistics.variance([1.0, 2.0], 1.4)), repr(statistics.variance([1.0, 2.0, 3.5], 2)), repr(statistics.pvariance([0.1, 0.2, 0.4], 0.1)), repr(statistics.variance([1, 2, 3, 4], Fraction(5, 2))))
print(repr(statistics.pvariance([1, 2, 4], 0)), repr(statistics.pstdev([1, 2, 4], 0)), repr(statistics.variance([0.5, 1.5], 1)))
# expect: 2.5 1.25 1.6666666666666667 1.2909944487358056 1.118033988749895
# expect: 0.52 1.625 0.03333333333333334 Fraction(5, 3)
# expect: 7 2.6457513110645907 0.5
