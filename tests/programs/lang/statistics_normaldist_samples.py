# NormalDist.from_samples (exact mean and stdev of the data) and samples(n, seed=...) drawing the same gaussian values as CPython's random.
from fractions import Fraction
from statistics import NormalDist, StatisticsError

print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples([1, 2, 3, 4]), NormalDist.from_samples([Fraction(1, 3), 2]))
print(NormalDist(0, 1).samples(3, seed=42), NormalDist(3, 4).samples(2, seed="abc"), NormalDist(3, 4).samples(0), len(NormalDist().samples(5)))
print(NormalDist(Fraction(1, 3), 2), NormalDist("1", 2), NormalDist(mu=5).stdev)
try:
    NormalDist.from_samples([1])
except StatisticsError as e:
    print("StatisticsError", e)
# expect: NormalDist(mu=2.716666666666667, sigma=0.5076087732365021) NormalDist(mu=2.5, sigma=1.2909944487358056) NormalDist(mu=1.1666666666666667, sigma=1.1785113019775793)
# expect: [-0.14409032957792836, -0.1729036003315193, -0.11131586156766246] [3.705247921784522, -2.0637067109151443] [] 5
# expect: NormalDist(mu=0.3333333333333333, sigma=2.0) NormalDist(mu=1.0, sigma=2.0) 1.0
# expect: StatisticsError stdev requires at least two data points
