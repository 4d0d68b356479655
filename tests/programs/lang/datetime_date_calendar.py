# datetime.date: range checks with CPython's messages, ordinals, weekdays, ISO calendar, replace, ctime and date arithmetic.
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
print(d.toordinal(), date.fromordinal(738945), date.fromordinal(1), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, tuple(date(2021, 1, 1).isocalendar()), date(2020, 12, 31).isocalendar())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1), d.ctime(), d.timetuple())
print(d.replace(day=1), d.replace(year=2023, day=28), d + timedelta(days=1), d - timedelta(hours=25), timedelta(7) + d)
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, d == date(2024, 2, 29), d < date(2024, 3, 1), d == datetime(2024, 2, 29))
print(sorted([date(2020, 5, 1), date(1999, 12, 31), date(2020, 1, 1)]), hash(d) == hash(date(2024, 2, 29)))
for args in ((0, 1, 1), (10000, 1, 1), (2023, 2, 29), (2024, 13, 1), (2024, 1, 0), (2024.0, 1, 1), ("2024", 1, 1), (2024, 1)):
    try:
        print(date(*args))
    except Exception as e:
        print(args, "->", type(e).__name__, e)
for expr in ("date.fromordinal(0)", "date.fromordinal(3652060)", "date.fromisocalendar(2021, 53, 1)",
             "date.fromisocalendar(2020, 1, 8)", "date.fromisocalendar(0, 1, 1)", "date.max + timedelta(1)",
             "date.min - timedelta(1)", "d + 1", "d - datetime(2024, 1, 1)", "d < 1", "d.replace(month=2, day=30)"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
# expect: 2024-02-29 datetime.date(2024, 2, 29) 2024 2 29 1 9999 0001-01-01 9999-12-31 1 day, 0:00:00
# expect: 738945 2024-02-29 0001-01-01 3 4
# expect: datetime.IsoCalendarDate(year=2024, week=9, weekday=4) 9 (2020, 53, 5) datetime.IsoCalendarDate(year=2020, week=53, weekday=4)
# expect: 2021-01-03 2024-01-01 Thu Feb 29 00:00:00 2024 time.struct_time(tm_year=2024, tm_mon=2, tm_mday=29, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=60, tm_isdst=-1)
# expect: 2024-02-01 2023-02-28 2024-03-01 2024-02-28 2024-03-07
# expect: 8825 days, 0:00:00 -8825 days, 0:00:00 True True False
# expect: [datetime.date(1999, 12, 31), datetime.date(2020, 1, 1), datetime.date(2020, 5, 1)] True
# expect: (0, 1, 1) -> ValueError year 0 is out of range
# expect: (10000, 1, 1) -> ValueError year 10000 is out of range
# expect: (2023, 2, 29) -> ValueError day is out of range for month
# expect: (2024, 13, 1) -> ValueError month must be in 1..12
# expect: (2024, 1, 0) -> ValueError day is out of range for month
# expect: (2024.0, 1, 1) -> TypeError 'float' object cannot be interpreted as an integer
# expect: ('2024', 1, 1) -> TypeError 'str' object cannot be interpreted as an integer
# expect: (2024, 1) -> TypeError function missing required argument 'day' (pos 3)
# expect: date.fromordinal(0) -> ValueError ordinal must be >= 1
# expect: date.fromordinal(3652060) -> ValueError year 10000 is out of range
# expect: date.fromisocalendar(2021, 53, 1) -> ValueError Invalid week: 53
# expect: date.fromisocalendar(2020, 1, 8) -> ValueError Invalid day: 8 (range is [1, 7])
# expect: date.fromisocalendar(0, 1, 1) -> ValueError Year is out of range: 0
# expect: date.max + timedelta(1) -> OverflowError date value out of range
# expect: date.min - timedelta(1) -> OverflowError date value out of range
# expect: d + 1 -> TypeError unsupported operand type(s) for +: 'datetime.date' and 'int'
# expect: d - datetime(2024, 1, 1) -> TypeError unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'
# expect: d < 1 -> TypeError '<' not supported between instances of 'datetime.date' and 'int'
# expect: d.replace(month=2, day=30) -> ValueError day is out of range for month
