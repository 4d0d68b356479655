# datetime.timedelta: normalization of its arguments (floats rounded half to even), repr and str, arithmetic with ints, floats and timedeltas, comparisons and overflow errors.
from datetime import timedelta

print(repr(timedelta(1, 3600)), repr(timedelta()), repr(timedelta(hours=-1)), repr(timedelta(weeks=1, milliseconds=1)))
print(timedelta(1, 3600), timedelta(milliseconds=-500), timedelta(days=-2), timedelta(days=3, microseconds=7))
print(timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(microseconds=-1.5), timedelta(seconds=1e-7))
print(timedelta(days=1 / 3), timedelta(hours=-1 / 7, minutes=1 / 11), timedelta(0.5, 0.5, 0.5))
d = timedelta(days=1, seconds=7, microseconds=5)
print(d.days, d.seconds, d.microseconds, d.total_seconds(), timedelta(microseconds=1).total_seconds())
print(d + timedelta(hours=1), d - timedelta(days=2), -d, +d, abs(-d))
print(d * 2, 3 * d, d * 0.5, 1.5 * d, d / 2, d / 3.5, d // 2, d // timedelta(hours=5))
print(d / timedelta(hours=5), d % timedelta(hours=5), divmod(d, timedelta(hours=5)))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2, timedelta(microseconds=7) * 0.5)
print(d == timedelta(days=1, seconds=7, microseconds=5), d != d, d < d * 2, d >= d, d == 1, d != "x")
print(hash(timedelta(1)) == hash(timedelta(hours=24)), bool(timedelta()), bool(timedelta(microseconds=1)))
print(timedelta.min, timedelta.max, timedelta.resolution)
for expr in ("timedelta.max + timedelta(microseconds=1)", "timedelta.max * 2", "timedelta(days=1e10)",
             "timedelta(seconds=float('nan'))", "timedelta('1')", "d / 0", "d // 0", "d % timedelta(0)",
             "d / timedelta(0)", "d * float('inf')", "d + 1", "d < 1", "divmod(d, 7)", "d // 2.0"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
# expect: datetime.timedelta(days=1, seconds=3600) datetime.timedelta(0) datetime.timedelta(days=-1, seconds=82800) datetime.timedelta(days=7, microseconds=1000)
# expect: 1 day, 1:00:00 -1 day, 23:59:59.500000 -2 days, 0:00:00 3 days, 0:00:00.000007
# expect: 0:00:00.000002 0:00:00.000002 -1 day, 23:59:59.999998 0:00:00
# expect: 8:00:00 -1 day, 23:51:31.168831 12:00:00.500000
# expect: 1 7 5 86407.000005 1e-06
# expect: 1 day, 1:00:07.000005 -1 day, 0:00:07.000005 -2 days, 23:59:52.999995 1 day, 0:00:07.000005 1 day, 0:00:07.000005
# expect: 2 days, 0:00:14.000010 3 days, 0:00:21.000015 12:00:03.500002 1 day, 12:00:10.500008 12:00:03.500002 6:51:27.714287 12:00:03.500002 4
# expect: 4.800388889166666 4:00:07.000005 (4, datetime.timedelta(seconds=14407, microseconds=5))
# expect: 0:00:00.000002 0:00:00.000004 -1 day, 23:59:59.999998 0:00:00.000004
# expect: True False True True False True
# expect: True False True
# expect: -999999999 days, 0:00:00 999999999 days, 23:59:59.999999 0:00:00.000001
# expect: timedelta.max + timedelta(microseconds=1) -> OverflowError days=1000000000; must have magnitude <= 999999999
# expect: timedelta.max * 2 -> OverflowError days=1999999999; must have magnitude <= 999999999
# expect: timedelta(days=1e10) -> OverflowError Python int too large to convert to C int
# expect: timedelta(seconds=float('nan')) -> ValueError cannot convert float NaN to integer
# expect: timedelta('1') -> TypeError unsupported type for timedelta days component: str
# expect: d / 0 -> ZeroDivisionError integer division or modulo by zero
# expect: d // 0 -> ZeroDivisionError integer division or modulo by zero
# expect: d % timedelta(0) -> ZeroDivisionError integer modulo by zero
# expect: d / timedelta(0) -> ZeroDivisionError division by zero
# expect: d * float('inf') -> OverflowError cannot convert Infinity to integer ratio
# expect: d + 1 -> TypeError unsupported operand type(s) for +: 'datetime.timedelta' and 'int'
# expect: d < 1 -> TypeError '<' not supported between instances of 'datetime.timedelta' and 'int'
# expect: divmod(d, 7) -> TypeError unsupported operand type(s) for divmod(): 'datetime.timedelta' and 'int'
# expect: d // 2.0 -> TypeError unsupported operand type(s) for //: 'datetime.timedelta' and 'float'
