# median, median_low, median_high and median_grouped: middle values of sorted data of any ordered type, the mean of the two middle ones, grouped interpolation.
import statistics
from fractions import Fraction

for data in [[1, 3, 5], [1, 3, 5, 7], [7, 1, 5, 3], [1, 2.5], [Fraction(1, 3), 1], ["b", "a", "c"], [3.5], [10**20, 1, 2, 3]]:
    print(data, repr(statistics.median(data)), repr(statistics.median_low(data)), repr(statistics.median_high(data)))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2), statistics.median_grouped([2, 2, 3, 3, 3, 4]))
print(statistics.median_grouped([Fraction(1, 3), Fraction(1, 2), 1]), statistics.median_grouped(["1", "2", "3"]), statistics.median_grouped(iter([5, 1, 2])))
for call in [lambda: statistics.median([]), lambda: statistics.median_low([]), lambda: statistics.median_high([]), lambda: statistics.median_grouped([]),
             lambda: statistics.median(["b", "a"]), lambda: statistics.median_grouped(["a"]), lambda: statistics.median_grouped([1, 2], interval=None)]:
    try:
        print(call())
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
# expect: [1, 3, 5] 3 3 3
# expect: [1, 3, 5, 7] 4.0 3 5
# expect: [7, 1, 5, 3] 4.0 3 5
# expect: [1, 2.5] 1.75 1 2.5
# expect: [Fraction(1, 3), 1] Fraction(2, 3) Fraction(1, 3) 1
# expect: ['b', 'a', 'c'] 'b' 'b' 'b'
# expect: [3.5] 3.5 3.5 3.5
# expect: [100000000000000000000, 1, 2, 3] 2.5 2 3
# expect: 52.5 3.5 2.8333333333333335
# expect: 0.5 2.0 2.0
# expect: StatisticsError no median for empty data
# expect: StatisticsError no median for empty data
# expect: StatisticsError no median for empty data
# expect: StatisticsError no median for empty data
# expect: TypeError unsupported operand type(s) for /: 'str' and 'int'
# expect: TypeError Value cannot be converted to a float
# expect: TypeError float() argument must be a string or a real number, not 'NoneType'
