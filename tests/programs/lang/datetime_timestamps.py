# datetime: POSIX timestamps in UTC (fromtimestamp with a tz, utcfromtimestamp, timestamp, rounding half to even) and the shapes of now() and today().
from datetime import date, datetime, timedelta, timezone

for ts in (0, 0.5, 1e-7, 1.5e-6, 2.5e-6, -1.5e-6, 1234567890.1234567, 0.9999996, -0.9999996, -62135596800, 253402300799):
    print(ts, repr(datetime.fromtimestamp(ts, timezone.utc)), datetime.utcfromtimestamp(ts))
print(datetime.fromtimestamp(10**9, timezone(timedelta(hours=9))), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime(2024, 1, 1, 0, 0, 0, 1, tzinfo=timezone(timedelta(hours=1))).timestamp())
now = datetime.now()
print(type(now).__name__, now.tzinfo, type(datetime.utcnow()).__name__, type(date.today()).__name__)
print(datetime.now(timezone.utc).tzinfo, abs(datetime.now(timezone.utc) - datetime.now().astimezone()) < timedelta(seconds=5))
print(datetime.fromtimestamp(now.timestamp()) == now, date.fromtimestamp(now.timestamp()) == now.date())
for bad in ("253402300800", "-62135596801", "'1'"):
    try:
        datetime.fromtimestamp(eval(bad), timezone.utc)
    except Exception as e:
        print(type(e).__name__, e)
# expect: 0 datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) 1970-01-01 00:00:00
# expect: 0.5 datetime.datetime(1970, 1, 1, 0, 0, 0, 500000, tzinfo=datetime.timezone.utc) 1970-01-01 00:00:00.500000
# expect: 1e-07 datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) 1970-01-01 00:00:00
# expect: 1.5e-06 datetime.datetime(1970, 1, 1, 0, 0, 0, 2, tzinfo=datetime.timezone.utc) 1970-01-01 00:00:00.000002
# expect: 2.5e-06 datetime.datetime(1970, 1, 1, 0, 0, 0, 2, tzinfo=datetime.timezone.utc) 1970-01-01 00:00:00.000002
# expect: -1.5e-06 datetime.datetime(1969, 12, 31, 23, 59, 59, 999998, tzinfo=datetime.timezone.utc) 1969-12-31 23:59:59.999998
# expect: 1234567890.1234567 datetime.datetime(2009, 2, 13, 23, 31, 30, 123457, tzinfo=datetime.timezone.utc) 2009-02-13 23:31:30.123457
# expect: 0.9999996 datetime.datetime(1970, 1, 1, 0, 0, 1, tzinfo=datetime.timezone.utc) 1970-01-01 00:00:01
# expect: -0.9999996 datetime.datetime(1969, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc) 1969-12-31 23:59:59
# expect: -62135596800 datetime.datetime(1, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) 0001-01-01 00:00:00
# expect: 253402300799 datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc) 9999-12-31 23:59:59
# expect: 2001-09-09 10:46:40+09:00 1704067200.0
# expect: 1704063600.000001
# expect: datetime None datetime date
# expect: UTC True
# expect: True True
# expect: ValueError year 10000 is out of range
# expect: ValueError year 0 is out of range
# expect: TypeError 'str' object cannot be interpreted as an integer
