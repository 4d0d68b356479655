# statistics.quantiles: exclusive and inclusive cut points for any n, on ints, floats and Fractions, and its errors.
import statistics
from fractions import Fraction

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84,
        111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in statistics.quantiles(data, n=10)])
print(statistics.quantiles(data), statistics.quantiles(data, method="inclusive"))
print(statistics.quantiles([1, 2], n=4, method="inclusive"), statistics.quantiles([1.5, 2, Fraction(1, 3), 7], n=5), statistics.quantiles(range(10), n=3, method="inclusive"))
print(statistics.quantiles([1, 2, 3], n=1), statistics.quantiles(iter([5, 1, 3]), n=4), statistics.quantiles([0.1, 0.7, 0.2], n=6))
for call in [lambda: statistics.quantiles([1], n=4), lambda: statistics.quantiles([1, 2], n=0), lambda: statistics.quantiles([1, 2], method="median")]:
    try:
        print(call())
    except (statistics.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
# expect: [81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]
# expect: [87.0, 102.5, 108.25] [87.25, 102.5, 107.75]
# expect: [1.25, 1.5, 1.75] [0.33333333333333337, 1.5, 2.0, 7.0] [3.0, 6.0]
# expect: [] [1.0, 3.0, 5.0] [0.06666666666666667, 0.13333333333333333, 0.20000000000000004, 0.5333333333333333, 0.8666666666666666]
# expect: StatisticsError must have at least two data points
# expect: StatisticsError n must be at least 1
# expect: ValueError Unknown method: 'median'
