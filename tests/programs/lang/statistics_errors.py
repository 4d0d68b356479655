# StatisticsError is a ValueError; the messages for too little data, and the TypeErrors for data that is not numeric.
import statistics

print(issubclass(statistics.StatisticsError, ValueError), statistics.StatisticsError.__mro__[1].__name__)
calls = [lambda: statistics.mean([]), lambda: statistics.variance([1]), lambda: statistics.pvariance([]), lambda: statistics.stdev([5]),
         lambda: statistics.pstdev([]), lambda: statistics.mean(["a"]), lambda: statistics.mean([1, None]), lambda: statistics.stdev(["a", "b"]),
         lambda: statistics.variance(iter([2])), lambda: statistics.fmean([1, "a"])]
for call in calls:
    try:
        print(call())
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
try:
    statistics.median([])
except ValueError as e:
    print("caught as ValueError:", e)
# expect: True ValueError
# expect: StatisticsError mean requires at least one data point
# expect: StatisticsError variance requires at least two data points
# expect: StatisticsError pvariance requires at least one data point
# expect: StatisticsError stdev requires at least two data points
# expect: StatisticsError pstdev requires at least one data point
# expect: TypeError can't convert type 'str' to numerator/denominator
# expect: TypeError can't convert type 'NoneType' to numerator/denominator
# expect: TypeError can't convert type 'str' to numerator/denominator
# expect: StatisticsError variance requires at least two data points
# expect: TypeError must be real number, not str
# expect: caught as ValueError: no median for empty data
