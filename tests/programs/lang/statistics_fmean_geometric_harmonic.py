# statistics.fmean (with weights and iterators), geometric_mean and harmonic_mean (weights, zeros, single values) and their StatisticsErrors.
import statistics
from fractions import Fraction

print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean(iter([1, 2, 3])), statistics.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), statistics.fmean(iter([1, 2, 3]), weights=iter([1, 1, 2])))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([Fraction(1, 2), 8]), statistics.geometric_mean(iter([2, 8])), statistics.geometric_mean([1e308, 1e308]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(repr(statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 3)])), repr(statistics.harmonic_mean([1, 0, 3])), repr(statistics.harmonic_mean([5])), repr(statistics.harmonic_mean([Fraction(1, 2)])))
for call in [lambda: statistics.fmean([]), lambda: statistics.fmean(iter([])), lambda: statistics.fmean([1, 2, 3], weights=[0, 0, 0]),
             lambda: statistics.fmean([1, 2, 3], weights=[1, 2]), lambda: statistics.geometric_mean([1, 0]), lambda: statistics.geometric_mean([]),
             lambda: statistics.geometric_mean([-4, 1]), lambda: statistics.harmonic_mean([1, -1, 3]), lambda: statistics.harmonic_mean([-5]),
             lambda: statistics.harmonic_mean([]), lambda: statistics.harmonic_mean([1, 2], weights=[1]), lambda: statistics.harmonic_mean([1, 2], weights=[0, 0]),
             lambda: statistics.harmonic_mean(["x"]), lambda: statistics.fmean([10**400])]:
    try:
        print(call())
    except (statistics.StatisticsError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# expect: 4.25 2.0 2.25 2.25
# expect: 36.000000000000014 1.9999999999999998 4.0 1.0000000000000136e+308
# expect: 48.0 3.6 56.0
# expect: Fraction(2, 5) 0 5 Fraction(1, 2)
# expect: StatisticsError fmean requires at least one data point
# expect: StatisticsError fmean requires at least one data point
# expect: StatisticsError sum of weights must be non-zero
# expect: StatisticsError data and weights must be the same length
# expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# expect: StatisticsError harmonic mean does not support negative values
# expect: StatisticsError harmonic mean does not support negative values
# expect: StatisticsError harmonic_mean requires at least one data point
# expect: StatisticsError Number of weights does not match data size
# expect: StatisticsError Weighted sum must be positive
# expect: TypeError unsupported type
# expect: OverflowError int too large to convert to float
