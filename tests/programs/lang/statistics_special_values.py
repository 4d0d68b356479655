# Infinities and NaNs in the data: mean and variance give inf or nan, stdev (like CPython 3.11) fails reading the float's numerator.
import statistics

inf, nan = float("inf"), float("nan")
print(statistics.mean([1, inf]), statistics.mean([-inf, inf]), statistics.mean([1.0, nan]), statistics.fmean([1.0, inf]))
print(statistics.variance([1.0, inf]), statistics.pvariance([2.0, nan, 1.0]), statistics.median([1, inf, 2]))
print(statistics.NormalDist.from_samples([1, inf]))
try:
    statistics.stdev([1.0, inf])
except AttributeError as e:
    print("AttributeError", e)
# expect: inf nan nan inf
# expect: inf nan 2
# expect: NormalDist(mu=inf, sigma=nan)
# expect: AttributeError 'float' object has no attribute 'numerator'
