# datetime: fromisoformat in the forms Python 3.11 accepts (basic format, week dates, any separator, Z, fractions of any length) and strptime with the common directives.
from datetime import date, time, datetime

for s in ("2024-01-02", "20240102", "2024-W01-2", "2024W012", "2024-W10"):
    print(date.fromisoformat(s), datetime.fromisoformat(s))
for s in ("2024-01-02T03:04:05", "2024-01-02 03:04", "20240102T030405.5", "2024-01-02T03:04:05.1234567+05:30",
          "2024-01-02T03:04:05Z", "2024-01-02x03", "2024-W01-2T10:00-0800", "2024-01-02T03:04:05,25+01"):
    print(repr(datetime.fromisoformat(s)))
for s in ("03:04", "T0304", "03:04:05.123+00:00", "030405Z"):
    print(repr(time.fromisoformat(s)))
for s in ("2024-1-2", "2024-01-02T", "2024-01-02T3", "2024-02-30", "2024-01-02T24:00", "2024-01-02T00:00+24:00"):
    try:
        print(datetime.fromisoformat(s))
    except ValueError as e:
        print(s, "->", e)
print(datetime.strptime("2024-01-02 03:04:05.123", "%Y-%m-%d %H:%M:%S.%f"))
print(datetime.strptime("Tue Jan  2 03:04:05 2024", "%c"), datetime.strptime("02/01/24", "%d/%m/%y"))
print(datetime.strptime("7 PM", "%I %p"), datetime.strptime("12 am", "%I %p"), datetime.strptime("March 5", "%B %d"))
print(repr(datetime.strptime("2024-01-02T03:04:05+0530", "%Y-%m-%dT%H:%M:%S%z")), repr(datetime.strptime("Z UTC", "%z %Z")))
print(datetime.strptime("2024 100", "%Y %j"), datetime.strptime("2024 10 1", "%Y %W %w"), datetime.strptime("2024 10 3", "%G %V %u"))
for data, fmt in (("2024", "%Y-%m"), ("2024-01x", "%Y-%m"), ("2024", "%Q"), ("2024", "%Y%"), ("Feb 29", "%b %d"),
                  ("2024 10", "%G %V")):
    try:
        print(datetime.strptime(data, fmt))
    except ValueError as e:
        print(repr(data), repr(fmt), "->", e)
# expect: 2024-01-02 2024-01-02 00:00:00
# expect: 2024-01-02 2024-01-02 00:00:00
# expect: 2024-01-02 2024-01-02 00:00:00
# expect: 2024-01-02 2024-01-02 00:00:00
# expect: 2024-03-04 2024-03-04 00:00:00
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5)
# expect: datetime.datetime(2024, 1, 2, 3, 4)
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5, 500000)
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
# expect: datetime.datetime(2024, 1, 2, 3, 0)
# expect: datetime.datetime(2024, 1, 2, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=57600)))
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5, 250000, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
# expect: datetime.time(3, 4)
# expect: datetime.time(3, 4)
# expect: datetime.time(3, 4, 5, 123000, tzinfo=datetime.timezone.utc)
# expect: datetime.time(3, 4, 5, tzinfo=datetime.timezone.utc)
# expect: 2024-1-2 -> Invalid isoformat string: '2024-1-2'
# expect: 2024-01-02T -> Invalid isoformat string: '2024-01-02T'
# expect: 2024-01-02T3 -> Invalid isoformat string: '2024-01-02T3'
# expect: 2024-02-30 -> day is out of range for month
# expect: 2024-01-02T24:00 -> hour must be in 0..23
# expect: 2024-01-02T00:00+24:00 -> offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# expect: 2024-01-02 03:04:05.123000
# expect: 2024-01-02 03:04:05 2024-01-02 00:00:00
# expect: 1900-01-01 19:00:00 1900-01-01 00:00:00 1900-03-05 00:00:00
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800))) datetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'UTC'))
# expect: 2024-04-09 00:00:00 2024-03-04 00:00:00 2024-03-06 00:00:00
# expect: '2024' '%Y-%m' -> time data '2024' does not match format '%Y-%m'
# expect: '2024-01x' '%Y-%m' -> unconverted data remains: x
# expect: '2024' '%Q' -> 'Q' is a bad directive in format '%Q'
# expect: '2024' '%Y%' -> stray % in format '%Y%'
# expect: 'Feb 29' '%b %d' -> day is out of range for month
# expect: '2024 10' '%G %V' -> ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
