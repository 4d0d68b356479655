# time's calendar functions: struct_time, localtime, gmtime, mktime,
# strftime, asctime, ctime and the zone constants, with CPython's errors.
import time
t = time.gmtime(0)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t.n_fields, t.n_sequence_fields, t[0], t[-1], t.tm_yday)
print(time.gmtime(86400 * 365.7), time.asctime(time.gmtime(1e9)), time.gmtime(-1.5).tm_sec)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %%", time.gmtime(1234567890)))
print(time.strftime("%d/%m %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), repr(time.strftime("", time.gmtime(0))))
lt = time.localtime(1e9)
print(time.mktime(lt), time.localtime(1e9) == lt, type(lt).__name__, isinstance(lt, tuple))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8)), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8)).tm_zone)
print(time.struct_time([2020, 1, 2, 3, 4, 5, 6, 7, 8, "X", 60]).tm_zone, tuple(time.struct_time(range(9))))
print(time.asctime((2001, 9, 9, 1, 46, 40, 6, 252, 0)), len(time.ctime()), time.localtime().tm_year >= 2024)
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1, True, False))
y, m, d = time.localtime(time.mktime((2021, 3, 4, 5, 6, 7, 0, 0, -1)))[:3]
print(y, m, d)
for bad in [lambda: time.localtime("x"), lambda: time.struct_time((1, 2, 3)), lambda: time.struct_time(range(12)),
            lambda: time.strftime("%Y", (1, 2)), lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.strftime(5),
            lambda: time.localtime(float("nan")), lambda: time.localtime(1e30), lambda: time.asctime(5),
            lambda: time.mktime(5), lambda: time.mktime((1, 2)), lambda: time.nope]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) GMT 0 9 11 9 1970 0 1
# expect: time.struct_time(tm_year=1971, tm_mon=1, tm_mday=1, tm_hour=16, tm_min=48, tm_sec=0, tm_wday=4, tm_yday=1, tm_isdst=0) Sun Sep  9 01:46:40 2001 58
# expect: 2009-02-13 23:31:30 Fri Friday Feb February 044 PM %
# expect: 01/01 001 ''
# expect: 1000000000.0 True struct_time True
# expect: time.struct_time(tm_year=2020, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=6, tm_yday=7, tm_isdst=8) None
# expect: X (0, 1, 2, 3, 4, 5, 6, 7, 8)
# expect: Sun Sep  9 01:46:40 2001 24 True
# expect: True True True
# expect: 2021 3 4
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError time.struct_time() takes an at least 9-sequence (3-sequence given)
# expect: TypeError time.struct_time() takes an at most 11-sequence (12-sequence given)
# expect: TypeError strftime(): illegal time tuple argument
# expect: ValueError month out of range
# expect: ValueError hour out of range
# expect: TypeError strftime() argument 1 must be str, not int
# expect: ValueError Invalid value NaN (not a number)
# expect: OverflowError timestamp out of range for platform time_t
# expect: TypeError Tuple or struct_time argument required
# expect: TypeError Tuple or struct_time argument required
# expect: TypeError mktime(): illegal time tuple argument
# expect: AttributeError module 'time' has no attribute 'nope'
