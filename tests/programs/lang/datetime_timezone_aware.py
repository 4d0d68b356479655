# datetime: timezone (utc, fixed offsets, names), aware arithmetic, comparison and subtraction across zones, astimezone, and a tzinfo subclass with DST and fold.
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC

print(UTC is timezone.utc, repr(UTC), timezone.utc, timezone.min, timezone.max)
tz = timezone(timedelta(hours=5, minutes=30))
print(repr(tz), tz, repr(timezone(timedelta(hours=-1), "W")), timezone(timedelta(0)) is UTC, timezone(timedelta(0), "Z") == UTC)
print(tz.utcoffset(None), tz.dst(None), tz.tzname(None), str(timezone(timedelta(seconds=-3725, microseconds=-5))))
a = datetime(2024, 3, 10, 12, 0, tzinfo=UTC)
b = a.astimezone(tz)
print(b, a == b, a - b, b - datetime(2024, 3, 10, 12, 0, tzinfo=timezone(timedelta(hours=-8))), b + timedelta(hours=20))
print(b.utcoffset(), b.tzname(), b.dst(), b.timestamp(), b.utctimetuple()[:6], a.astimezone(UTC) is a)


class Eastern(tzinfo):
    # US Eastern time with the rules in force since 2007.
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        start = datetime(dt.year, 3, 8, 2) + timedelta(days=(6 - datetime(dt.year, 3, 8).weekday()))
        end = datetime(dt.year, 11, 1, 2) + timedelta(days=(6 - datetime(dt.year, 11, 1).weekday()))
        naive = dt.replace(tzinfo=None)
        if start <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"


east = Eastern()
for hour in (4, 5, 6, 7):
    local = datetime(2023, 11, 5, hour, 30, tzinfo=UTC).astimezone(east)
    print(local, local.fold, local.tzname(), local.astimezone(UTC))
first = datetime(2023, 11, 5, 1, 30, tzinfo=east)
second = first.replace(fold=1)
print(first.utcoffset(), second.utcoffset(), first == second, second - first, first.astimezone(UTC) < second.astimezone(UTC))
print(time(12, tzinfo=tz) < time(7, tzinfo=UTC), time(6, 30, tzinfo=UTC) == time(12, tzinfo=tz))
try:
    datetime(2024, 1, 1) < a
except TypeError as e:
    print(e)
try:
    datetime(2024, 1, 1) - a
except TypeError as e:
    print(e)
print(datetime(2024, 1, 1) == a, datetime(2024, 1, 1) != a)
# expect: True datetime.timezone.utc UTC UTC-23:59 UTC+23:59
# expect: datetime.timezone(datetime.timedelta(seconds=19800)) UTC+05:30 datetime.timezone(datetime.timedelta(days=-1, seconds=82800), 'W') True True
# expect: 5:30:00 None UTC+05:30 UTC-01:02:05.000005
# expect: 2024-03-10 17:30:00+05:30 True 0:00:00 -1 day, 16:00:00 2024-03-11 13:30:00+05:30
# expect: 5:30:00 UTC+05:30 None 1710072000.0 (2024, 3, 10, 12, 0, 0) True
# expect: 2023-11-05 00:30:00-04:00 0 EDT 2023-11-05 04:30:00+00:00
# expect: 2023-11-05 01:30:00-04:00 0 EDT 2023-11-05 05:30:00+00:00
# expect: 2023-11-05 02:30:00-05:00 0 EST 2023-11-05 07:30:00+00:00
# expect: 2023-11-05 02:30:00-05:00 0 EST 2023-11-05 07:30:00+00:00
# expect: -1 day, 20:00:00 -1 day, 19:00:00 True 0:00:00 True
# expect: True True
# expect: can't compare offset-naive and offset-aware datetimes
# expect: can't subtract offset-naive and offset-aware datetimes
# expect: False True
