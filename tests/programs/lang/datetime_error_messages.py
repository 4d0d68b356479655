# datetime: CPython's exception types and messages, naming the module's classes as C types ('datetime.date').
from datetime import date, time, datetime, timedelta, timezone

cases = ["date(2024, 1, 1) < datetime(2024, 1, 1)", "datetime(2024, 1, 1) > date(2024, 1, 1)",
         "time(1) < time(1, tzinfo=timezone.utc)", "date(2024, 1, 1) + date(2024, 1, 1)", "time(1) + timedelta(1)",
         "timedelta(1) - datetime(2024, 1, 1)", "date(2024, 1, 1) < 'x'", "timedelta(1) * 'a'", "date(2024, 1, 1).foo",
         "format(timedelta(1), '>9')", "datetime(2024, 1, 1, tzinfo=1)", "time(24)", "time(0, 60)", "time(0, 0, 60)",
         "time(0, 0, 0, 10**6)", "time(fold=2)", "datetime(2024, 1, 1, 1.5)", "datetime(2024, 1)",
         "timezone(timedelta(hours=24))", "timezone(1)", "timezone(timedelta(0), 1)", "timezone.utc.utcoffset(1)",
         "timezone.utc.fromutc(datetime(2024, 1, 1))", "datetime.combine(1, time())", "datetime.fromtimestamp(1e20)",
         "datetime.fromtimestamp(float('nan'))", "date.fromisoformat(20240101)", "datetime(2024, 1, 1).isoformat('ab')",
         "datetime.max + timedelta(1)", "datetime(1, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-1)))",
         "date(2**31, 1, 1)", "datetime.strptime(1, '%Y')", "datetime.fromtimestamp(1e18)"]
for expr in cases:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: can't compare datetime.datetime to datetime.date
# expect: TypeError: can't compare datetime.datetime to datetime.date
# expect: TypeError: can't compare offset-naive and offset-aware times
# expect: TypeError: unsupported operand type(s) for +: 'datetime.date' and 'datetime.date'
# expect: TypeError: unsupported operand type(s) for +: 'datetime.time' and 'datetime.timedelta'
# expect: TypeError: unsupported operand type(s) for -: 'datetime.timedelta' and 'datetime.datetime'
# expect: TypeError: '<' not supported between instances of 'datetime.date' and 'str'
# expect: TypeError: can't multiply sequence by non-int of type 'datetime.timedelta'
# expect: AttributeError: 'datetime.date' object has no attribute 'foo'
# expect: TypeError: unsupported format string passed to datetime.timedelta.__format__
# expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# expect: ValueError: hour must be in 0..23
# expect: ValueError: minute must be in 0..59
# expect: ValueError: second must be in 0..59
# expect: ValueError: microsecond must be in 0..999999
# expect: ValueError: fold must be either 0 or 1
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: function missing required argument 'day' (pos 3)
# expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# expect: TypeError: timezone() argument 1 must be datetime.timedelta, not int
# expect: TypeError: timezone() argument 2 must be str, not int
# expect: TypeError: utcoffset(dt) argument must be a datetime instance or None, not int
# expect: ValueError: fromutc: dt.tzinfo is not self
# expect: TypeError: combine() argument 1 must be datetime.date, not int
# expect: OverflowError: timestamp out of range for platform time_t
# expect: ValueError: Invalid value NaN (not a number)
# expect: TypeError: fromisoformat: argument must be str
# expect: TypeError: isoformat() argument 1 must be a unicode character, not str
# expect: OverflowError: date value out of range
# expect: OverflowError: date value out of range
# expect: OverflowError: signed integer is greater than maximum
# expect: TypeError: strptime() argument 1 must be str, not int
# expect: OSError: [Errno 75] Value too large for defined data type
