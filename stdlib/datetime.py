"""Concrete date/time and related types: coro's datetime module.

Written in the language with the behaviour of CPython 3.11's C module
(_datetime): the same values, reprs, arithmetic (rounding half to even)
and the same exception types and messages.  Local time comes from the
time module's localtime (mktime's search is done here over it, as
CPython does).  strftime formats the common directives itself (C
locale).  The ISO 8601 parsers, strptime and strftime's other
directives are in _datetime_extras, loaded on first use.
"""

import sys  # CPython's datetime module has it as an attribute too
import time as _time
import _codegen

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_EPOCH_SECONDS = _EPOCH_ORDINAL * 86400  # the epoch in seconds since 0001-01-01
_MAX_FOLD_SECONDS = 86400  # how far apart the two readings of a repeated local time may lie
_US_PER_DAY = 86400000000

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_ABBRS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_ABBRS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")

_new_object = object.__new__
# Stands for "argument not given" where None is a meaningful value.
_ABSENT = object()


# ---------------------------------------------------------------- calendar

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd_to_ord(year, month, day):
    # Day 1 is 0001-01-01 in the proleptic Gregorian calendar.
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _ord_to_ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles before day n, then the month
    # estimated from the day of the year (it is right or one too high).
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    # The Monday of ISO week 1: the week holding the year's first Thursday.
    first = _ymd_to_ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _iso_to_ymd(year, week, day):
    # (year, month, day), or the message of the ValueError to raise.
    if not 0 < week < 53:
        first_weekday = (_ymd_to_ord(year, 1, 1) + 6) % 7
        if week != 53 or not (first_weekday == 3 or (first_weekday == 2 and _is_leap(year))):
            return "Invalid week: %d" % week
    if not 0 < day < 8:
        return "Invalid day: %d (range is [1, 7])" % day
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if ordinal < 1:
        # Only ISO year 0 gets here (from fromisoformat): CPython's C
        # arithmetic then yields year 1 and a month below 1.
        return 1, 0, 1
    return _ord_to_ymd(ordinal)


# ------------------------------------------------------- argument checking

def _tname(obj):
    # How CPython names the type of obj in messages (its tp_name): the
    # module's own classes as "datetime.date", other classes by name.
    cls = type(obj)
    return _C_NAMES.get(cls) or cls.__name__


def _arg_tname(obj):
    # The type as CPython's argument parser names it: None as "None".
    return "None" if obj is None else _tname(obj)


def _index(value):
    # An integer argument given as another type: what __index__ gives.
    if isinstance(value, int):
        return int.__index__(value)
    convert = getattr(type(value), "__index__", None)
    if convert is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _tname(value))
    return convert(value)


def _c_int(value):
    # An argument CPython reads as a C int (format "i"), with its overflow errors.
    if type(value) is not int:
        value = _index(value)
    if -2147483648 <= value <= 2147483647:
        return value
    if -9223372036854775808 <= value <= 9223372036854775807:
        if value > 0:
            raise OverflowError("signed integer is greater than maximum")
        raise OverflowError("signed integer is less than minimum")
    raise OverflowError("Python int too large to convert to C long")


def _check_date_fields(year, month, day):
    year = _c_int(year)
    month = _c_int(month)
    day = _c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _c_int(hour)
    minute = _c_int(minute)
    second = _c_int(second)
    microsecond = _c_int(microsecond)
    fold = _c_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _tname(tz))


def _extras():
    # The ISO 8601 parsers, strptime and strftime by the C library,
    # loaded on first use.
    import _datetime_extras
    return _datetime_extras


def _missing_argument(year, month):
    # The first of year, month and day not given (day is not).
    name, position = ("year", 1) if year is _ABSENT else ("month", 2) if month is _ABSENT else ("day", 3)
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, position))


def _check_offset(offset, method):
    # What a tzinfo's utcoffset() or dst() returned, checked as CPython does.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (method, _tname(offset)))
    days = offset._days
    if days < -1 or days >= 1 or (days == -1 and offset._seconds == 0 and offset._microseconds == 0):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))
    return offset


def _utcoffset(tz, dt):
    if tz is None:
        return None
    return _check_offset(tz.utcoffset(dt), "utcoffset")


def _dst(tz, dt):
    if tz is None:
        return None
    return _check_offset(tz.dst(dt), "dst")


def _tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tname(name))
    return name


def _offset_us(offset):
    return (offset._days * 86400 + offset._seconds) * 1000000 + offset._microseconds


def _format_offset(offset, sep):
    # "+HH<sep>MM", with seconds and microseconds when they are not zero.
    if offset is None:
        return ""
    if offset._days < 0:
        sign = "-"
        total = -_offset_us(offset)
    else:
        sign = "+"
        total = _offset_us(offset)
    seconds, us = divmod(total, 1000000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if us:
        return "%s%02d%s%02d%s%02d.%06d" % (sign, hours, sep, minutes, sep, seconds, us)
    if seconds:
        return "%s%02d%s%02d%s%02d" % (sign, hours, sep, minutes, sep, seconds)
    return "%s%02d%s%02d" % (sign, hours, sep, minutes)


def _format_time(hour, minute, second, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, us)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, us // 1000)
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "hours":
        return "%02d" % hour
    raise ValueError("Unknown timespec value")


def _c_round(x):
    # C's round(): halves away from zero.
    whole = float(int(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


def _div_nearest(a, b):
    # a / b rounded to the nearest integer, halves to even.
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q & 1):
        q += 1
    return q


def _float_ratio(value):
    return float(value).as_integer_ratio()


# --------------------------------------------------------------- timedelta

def _td(days, seconds, microseconds):
    # A timedelta from fields already normalized and in range.
    self = _new_object(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    return self


def _days_overflow(days):
    if not -2147483648 <= days <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    raise OverflowError("days=%d; must have magnitude <= 999999999" % days)


def _td_from_us(total, cls=None):
    days, rest = divmod(total, _US_PER_DAY)
    if not -999999999 <= days <= 999999999:
        _days_overflow(days)
    seconds, us = divmod(rest, 1000000)
    self = _new_object(cls or timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    return self


# The constructor's arguments in the order CPython adds them up (its
# type errors name the first bad one in this order), with their worth
# in microseconds.
_TD_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000), ("minutes", 60000000),
             ("hours", 3600000000), ("days", _US_PER_DAY), ("weeks", 7 * _US_PER_DAY))


def _td_total(values):
    # Sums the constructor's arguments in microseconds: whole parts exactly,
    # fractions of a microsecond in a float rounded once at the end.
    total = 0
    leftover = 0.0
    for (name, factor), value in zip(_TD_UNITS, values):
        if isinstance(value, int):
            total += value * factor
        elif isinstance(value, float):
            whole = int(value)  # CPython's error for nan and inf
            fraction = value - whole
            total += whole * factor
            if fraction != 0.0:
                scaled = fraction * factor
                whole = int(scaled)
                total += whole
                leftover += scaled - whole
        else:
            raise TypeError("unsupported type for timedelta %s component: %s" % (name, _tname(value)))
    if leftover != 0.0:
        rounded = _c_round(leftover)
        if abs(rounded - leftover) == 0.5:
            # Exactly halfway: to the even sum.
            odd = total & 1
            rounded = 2.0 * _c_round((leftover + odd) * 0.5) - odd
        total += int(rounded)
    return total


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
        else:
            total = _td_total((microseconds, milliseconds, seconds, minutes, hours, days, weeks))
        return _td_from_us(total, cls)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 1000000

    def __repr__(self):
        fields = []
        if self._days:
            fields.append("days=%d" % self._days)
        if self._seconds:
            fields.append("seconds=%d" % self._seconds)
        if self._microseconds:
            fields.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tname(self), ", ".join(fields) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        days = self._days
        if days:
            text = "%d day%s, %s" % (days, "" if days == 1 or days == -1 else "s", text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us())

    def __pos__(self):
        return _td(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _td_from_us(-self._us())
        return _td(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * other)
        if isinstance(other, float):
            numerator, denominator = _float_ratio(other)
            return _td_from_us(_div_nearest(self._us() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td_from_us(_div_nearest(self._us(), other))
        if isinstance(other, float):
            numerator, denominator = _float_ratio(other)
            return _td_from_us(_div_nearest(self._us() * denominator, numerator))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    # copy.copy and copy.deepcopy copy an instance's dict; these objects
    # keep their fields in slots, so each class says how to copy itself.
    def __copy__(self):
        return _td(self._days, self._seconds, self._microseconds)

    def __deepcopy__(self, memo):
        return _td(self._days, self._seconds, self._microseconds)


# -------------------------------------------------------------------- date

def _date_of(cls, year, month, day):
    # A date of class cls; a subclass is called as CPython calls it.
    if cls is date:
        self = _new_object(date)
        self._year = year
        self._month = month
        self._day = day
        return self
    return cls(year, month, day)


def _date_plus_days(self, days):
    ordinal = _ymd_to_ord(self._year, self._month, self._day) + days
    if not 0 < ordinal <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_ymd(ordinal)
    return _date_of(type(self), y, m, d)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year=_ABSENT, month=_ABSENT, day=_ABSENT):
        if day is _ABSENT:
            _missing_argument(year, month)
        if not (type(year) is int and type(month) is int and type(day) is int and 0 < year < 10000
                and 0 < month < 13 and 0 < day and (day < 29 or day <= _days_in_month(year, month))):
            year, month, day = _check_date_fields(year, month, day)
        self = _new_object(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, timestamp):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        tm = _time.localtime(_timestamp_floor(timestamp))
        return _date_of(cls, *_check_date_fields(tm[0], tm[1], tm[2]))

    @classmethod
    def fromordinal(cls, ordinal):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        ordinal = _c_int(ordinal)
        if ordinal < 1:
            raise ValueError("ordinal must be >= 1")
        return _date_of(cls, *_check_date_fields(*_ord_to_ymd(ordinal)))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _extras().parse_iso_date(date_string)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return _date_of(cls, *_check_date_fields(*ymd))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year = _c_int(year)
        week = _c_int(week)
        day = _c_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        ymd = _iso_to_ymd(year, week, day)
        if type(ymd) is str:
            raise ValueError(ymd)
        return _date_of(cls, *_check_date_fields(*ymd))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tname(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBRS[self.weekday()], _MONTH_ABBRS[self._month],
                                             self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _arg_tname(format))
        return _strftime(self, format, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _arg_tname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (_ymd_to_ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (_ymd_to_ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        today = _ymd_to_ord(year, self._month, self._day)
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=_ABSENT, month=_ABSENT, day=_ABSENT):
        """Return date with new specified fields."""
        if year is _ABSENT:
            year = self._year
        if month is _ABSENT:
            month = self._month
        if day is _ABSENT:
            day = self._day
        return _date_of(type(self), *_check_date_fields(year, month, day))

    def _date_key(self):
        return (self._year, self._month, self._day)

    # A date compares with any date, a datetime's date part included: when a
    # datetime is the right operand, Python asks its methods first.
    def __eq__(self, other):
        if isinstance(other, date):
            return self._year == other._year and self._month == other._month and self._day == other._day
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return not (self._year == other._year and self._month == other._month and self._day == other._day)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        # Only whole days count: a date has no time of day.
        if isinstance(other, timedelta):
            return _date_plus_days(self, other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_plus_days(self, -other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            days = _ymd_to_ord(self._year, self._month, self._day) - _ymd_to_ord(other._year, other._month, other._day)
            return _td_from_us(days * _US_PER_DAY)
        return NotImplemented

    def __copy__(self):
        return self.replace()

    def __deepcopy__(self, memo):
        return self.replace()


def _struct_time(year, month, day, hour, minute, second, dst):
    weekday = (_ymd_to_ord(year, month, day) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[month] + day + (1 if month > 2 and _is_leap(year) else 0)
    return _time.struct_time((year, month, day, hour, minute, second, weekday, yday, dst))


class _IsoCalendarDate(tuple):
    # What date.isocalendar() returns: a tuple with named fields, which the
    # module does not export under its name.
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = "IsoCalendarDate"


# ------------------------------------------------------------------ tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = _utcoffset(self, dt)
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _dst(self, dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        result = _dt_plus_us(dt, _offset_us(offset) - _offset_us(dst))
        dst = _dst(self, result)
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        if dst:
            result = _dt_plus_us(result, _offset_us(dst))
        return result


# -------------------------------------------------------------------- time

def _time_of(cls, hour, minute, second, microsecond, tz, fold):
    if cls is time:
        self = _new_object(time)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        return self
    if fold:
        return cls(hour, minute, second, microsecond, tz, fold=fold)
    return cls(hour, minute, second, microsecond, tz)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if not (type(hour) is int and type(minute) is int and type(second) is int and type(microsecond) is int
                and 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60 and 0 <= microsecond < 1000000
                and (fold == 0 or fold == 1) and type(fold) is int):
            hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = _new_object(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _extras().parse_iso_time(time_string)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        hour, minute, second, us, tz = fields
        hour, minute, second, us, fold = _check_time_fields(hour, minute, second, us, 0)
        return _time_of(cls, hour, minute, second, us, tz, 0)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _utcoffset(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _dst(self._tzinfo, None)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _tzname(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d" % (_tname(self), self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d" % (_tname(self), self._hour, self._minute, self._second)
        else:
            text = "%s(%d, %d" % (_tname(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s" % _arg_tname(timespec))
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            text += _format_offset(self.utcoffset(), ":")
        return text

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _arg_tname(format))
        return _strftime(self, format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _arg_tname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=_ABSENT, minute=_ABSENT, second=_ABSENT, microsecond=_ABSENT, tzinfo=_ABSENT, *,
                fold=_ABSENT):
        """Return time with new specified fields."""
        if hour is _ABSENT:
            hour = self._hour
        if minute is _ABSENT:
            minute = self._minute
        if second is _ABSENT:
            second = self._second
        if microsecond is _ABSENT:
            microsecond = self._microsecond
        if tzinfo is _ABSENT:
            tzinfo = self._tzinfo
        if fold is _ABSENT:
            fold = self._fold
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _time_of(type(self), hour, minute, second, microsecond, tzinfo, fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, equality):
        # <0, 0 or >0; for == and != also 1 for a naive time and an aware one.
        if self._tzinfo is other._tzinfo:
            return self._us() - other._us()
        offset1 = self.utcoffset()
        offset2 = other.utcoffset()
        if offset1 == offset2:
            return self._us() - other._us()
        if offset1 is None or offset2 is None:
            if equality:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware times")
        return (self._us() - _offset_us(offset1)) - (other._us() - _offset_us(offset2))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        # Equal times hash alike: an aware one by its time in UTC (a time's
        # offset does not depend on its fold).
        offset = self.utcoffset()
        if offset is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash(self._us() - _offset_us(offset))

    def __copy__(self):
        return self.replace()

    def __deepcopy__(self, memo):
        return self.replace()


# ---------------------------------------------------------------- datetime

def _datetime_of(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    if cls is datetime:
        self = _new_object(datetime)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        return self
    if fold:
        return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)
    return cls(year, month, day, hour, minute, second, microsecond, tz)


def _dt_plus_us(self, us):
    # self moved by us microseconds, as a datetime of self's class (fold 0).
    us += self._microsecond
    seconds, us = divmod(us, 1000000)
    days, seconds = divmod(seconds + (self._hour * 60 + self._minute) * 60 + self._second, 86400)
    ordinal = _ymd_to_ord(self._year, self._month, self._day) + days
    if not 0 < ordinal <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_ymd(ordinal)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return _datetime_of(type(self), y, m, d, hours, minutes, seconds, us, self._tzinfo, 0)


def _naive_us(self):
    # Microseconds since 0001-01-01 of the datetime's own (wall) time.
    ordinal = _ymd_to_ord(self._year, self._month, self._day)
    return ((ordinal * 86400 + (self._hour * 60 + self._minute) * 60 + self._second) * 1000000
            + self._microsecond)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_ABSENT, month=_ABSENT, day=_ABSENT, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if day is _ABSENT:
            _missing_argument(year, month)
        if not (type(year) is int and type(month) is int and type(day) is int and 0 < year < 10000
                and 0 < month < 13 and 0 < day and (day < 29 or day <= _days_in_month(year, month))
                and type(hour) is int and type(minute) is int and type(second) is int and type(microsecond) is int
                and 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60 and 0 <= microsecond < 1000000
                and (fold == 0 or fold == 1) and type(fold) is int):
            # CPython converts every number before checking any range.
            for value in (year, month, day, hour, minute, second, microsecond, fold):
                _c_int(value)
            year, month, day = _check_date_fields(year, month, day)
            hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = _new_object(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        seconds, ns = divmod(_time.time_ns(), 1000000000)
        return _from_time_t(cls, seconds, ns // 1000, tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        seconds, ns = divmod(_time.time_ns(), 1000000000)
        return _from_utc_time_t(cls, seconds, ns // 1000, None)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        seconds, us = _timestamp_parts(timestamp)
        return _from_time_t(cls, seconds, us, tz)

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        seconds, us = _timestamp_parts(timestamp)
        return _from_utc_time_t(cls, seconds, us, None)

    @classmethod
    def combine(cls, date, time, tzinfo=_ABSENT):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _arg_tname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _arg_tname(time))
        if tzinfo is _ABSENT:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _datetime_of(cls, date._year, date._month, date._day, time._hour, time._minute, time._second,
                            time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _extras().parse_iso_datetime(date_string)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        year, month, day, hour, minute, second, us, tz = fields
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, us, fold = _check_time_fields(hour, minute, second, us, 0)
        return _datetime_of(cls, year, month, day, hour, minute, second, us, tz, 0)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _arg_tname(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _arg_tname(format))
        return _extras().strptime_datetime(cls, date_string, format)

    def date(self):
        """Return date object with same year, month and day."""
        return _date_of(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_of(_time_class, self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_of(_time_class, self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                        self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _utcoffset(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _dst(self._tzinfo, self)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _tzname(self._tzinfo, self)

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d, %d, %d, %d" % (_tname(self), self._year, self._month, self._day, self._hour,
                                                      self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d, %d, %d, %d" % (_tname(self), self._year, self._month, self._day, self._hour,
                                                  self._minute, self._second)
        else:
            text = "%s(%d, %d, %d, %d, %d" % (_tname(self), self._year, self._month, self._day, self._hour,
                                              self._minute)
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return text + ")"

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _arg_tname(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s" % _arg_tname(timespec))
        text = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                       _format_time(self._hour, self._minute, self._second, self._microsecond,
                                                    timespec))
        if self._tzinfo is not None:
            text += _format_offset(self.utcoffset(), ":")
        return text

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_ABBRS[self.weekday()], _MONTH_ABBRS[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _arg_tname(format))
        return _strftime(self, format, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self._tzinfo, self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second,
                            -1 if dst is None else 1 if dst else 0)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        utc = self
        offset = self.utcoffset()
        if offset is not None:
            utc = _dt_plus_us(self, -_offset_us(offset))
        return _struct_time(utc._year, utc._month, utc._day, utc._hour, utc._minute, utc._second, 0)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            seconds = _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute,
                                        self._second, self._fold)
            return float(seconds - _EPOCH_SECONDS) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=_ABSENT, month=_ABSENT, day=_ABSENT, hour=_ABSENT, minute=_ABSENT, second=_ABSENT,
                microsecond=_ABSENT, tzinfo=_ABSENT, *, fold=_ABSENT):
        """Return datetime with new specified fields."""
        if year is _ABSENT:
            year = self._year
        if month is _ABSENT:
            month = self._month
        if day is _ABSENT:
            day = self._day
        if hour is _ABSENT:
            hour = self._hour
        if minute is _ABSENT:
            minute = self._minute
        if second is _ABSENT:
            second = self._second
        if microsecond is _ABSENT:
            microsecond = self._microsecond
        if tzinfo is _ABSENT:
            tzinfo = self._tzinfo
        if fold is _ABSENT:
            fold = self._fold
        for value in (year, month, day, hour, minute, second, microsecond):
            _c_int(value)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _datetime_of(type(self), year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            if mytz is tz:
                return self
            offset = _utcoffset(mytz, self)
        if offset is None:
            # A naive datetime (or one whose zone gives no offset) is local time.
            mytz = _local_timezone_of_local(self)
            if mytz is tz:
                return self
            offset = _utcoffset(mytz, self)
        utc = _dt_plus_us(self, -_offset_us(offset))
        if tz is None:
            tz = _local_timezone_of_utc(utc)
        utc = _datetime_of(type(utc), utc._year, utc._month, utc._day, utc._hour, utc._minute, utc._second,
                           utc._microsecond, tz, utc._fold)
        return tz.fromutc(utc)

    def _offset_at_fold0(self):
        if self._fold:
            return self.replace(fold=0).utcoffset()
        return self.utcoffset()

    def _fold_matters(self, offset):
        # True when the other fold of this datetime has another offset.
        flipped = self.replace(fold=1 - self._fold).utcoffset()
        return flipped is not offset and flipped != offset

    def _compare(self, other, equality):
        # <0, 0 or >0; for == and != also 1 where they must differ.
        if self._tzinfo is other._tzinfo:
            return _naive_us(self) - _naive_us(other)
        offset1 = self.utcoffset()
        offset2 = other.utcoffset()
        if offset1 == offset2:
            diff = _naive_us(self) - _naive_us(other)
        elif offset1 is None or offset2 is None:
            if equality:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        else:
            diff = (_naive_us(self) - _offset_us(offset1)) - (_naive_us(other) - _offset_us(offset2))
        # PEP 495: a time in a fold or gap is equal to nothing in another zone.
        if diff == 0 and equality and offset1 is not None and (self._fold_matters(offset1)
                                                               or other._fold_matters(offset2)):
            return 1
        return diff

    def _mixed(self, other, op):
        # A datetime and a date are neither equal nor ordered.
        if op == "==":
            return False
        if op == "!=":
            return True
        raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        if isinstance(other, date):
            return self._mixed(other, "<")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        if isinstance(other, date):
            return self._mixed(other, "<=")
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        if isinstance(other, date):
            return self._mixed(other, ">")
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        if isinstance(other, date):
            return self._mixed(other, ">=")
        return NotImplemented

    def __hash__(self):
        offset = self._offset_at_fold0() if self._tzinfo is not None else None
        if offset is None:
            return hash((self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond))
        return hash(_naive_us(self) - _offset_us(offset))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_plus_us(self, other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_plus_us(self, -other._us())
        if not isinstance(other, datetime):
            return NotImplemented
        diff = _naive_us(self) - _naive_us(other)
        if self._tzinfo is not other._tzinfo:
            offset1 = self.utcoffset()
            offset2 = other.utcoffset()
            if (offset1 is None) != (offset2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if offset1 is not None:
                diff -= _offset_us(offset1) - _offset_us(offset2)
        return _td_from_us(diff)

    def __copy__(self):
        return self.replace()

    def __deepcopy__(self, memo):
        return self.replace()


# The classes under other names, for methods with parameters named date and time.
_date_class = date
_time_class = time


# ---------------------------------------------------------------- timezone

def _timezone_of(offset, name):
    self = _new_object(timezone)
    self._offset = offset
    self._name = name
    return self


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=_ABSENT, name=_ABSENT):
        if offset is _ABSENT:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _arg_tname(offset))
        if name is _ABSENT:
            if not offset:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _arg_tname(name))
        days = offset._days
        if days < -1 or days >= 1 or (days == -1 and offset._seconds == 0 and offset._microseconds == 0):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return _timezone_of(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def _check_argument(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (method, _tname(dt)))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_argument(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._check_argument(dt, "dst")
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_argument(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return _dt_plus_us(dt, _offset_us(self._offset))

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    # An immutable zone may be shared (CPython's copies of timezone.utc are it).
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_UTC = _timezone_of(_td(0, 0, 0), None)
timezone.utc = UTC = _UTC
timezone.min = _timezone_of(_td(-1, 60, 0), None)
timezone.max = _timezone_of(_td(0, 86340, 0), None)
_EPOCH = _datetime_of(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)

timedelta.min = _td(-999999999, 0, 0)
timedelta.max = _td(999999999, 86399, 999999)
timedelta.resolution = _td(0, 0, 1)
date.min = _date_of(date, 1, 1, 1)
date.max = _date_of(date, 9999, 12, 31)
date.resolution = _td(1, 0, 0)
time.min = _time_of(time, 0, 0, 0, 0, None, 0)
time.max = _time_of(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td(0, 0, 1)
datetime.min = _datetime_of(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _datetime_of(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td(0, 0, 1)

# CPython's classes here are C types: messages name them with the module.
_C_NAMES = {}
for _cls in (timedelta, date, time, datetime, timezone, tzinfo, _IsoCalendarDate):
    _C_NAMES[_cls] = "datetime." + _cls.__name__
    _codegen.c_type_name(_cls)
del _cls


# -------------------------------------------------------------- local time

_INF = float("inf")


def _timestamp_parts(timestamp):
    # A POSIX timestamp as whole seconds and microseconds, rounded half to
    # even, with CPython's errors.
    if isinstance(timestamp, float):
        if timestamp != timestamp:
            raise ValueError("Invalid value NaN (not a number)")
        if timestamp in (_INF, -_INF):
            raise OverflowError("timestamp out of range for platform time_t")
        whole = float(int(timestamp))
        us = float(round((timestamp - whole) * 1e6))
        if us >= 1e6:
            us -= 1e6
            whole += 1.0
        elif us < 0.0:
            us += 1e6
            whole -= 1.0
        if not -9.223372036854775808e18 <= whole < 9.223372036854775808e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(us)
    seconds = _index(timestamp)
    if not -9223372036854775808 <= seconds <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


def _timestamp_floor(timestamp):
    # A POSIX timestamp as whole seconds, rounded down.
    if isinstance(timestamp, float):
        if timestamp != timestamp:
            raise ValueError("Invalid value NaN (not a number)")
        if timestamp in (_INF, -_INF) or not -9.223372036854775808e18 <= timestamp < 9.223372036854775808e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(timestamp)
        return whole - 1 if whole > timestamp else whole
    seconds = _index(timestamp)
    if not -9223372036854775808 <= seconds <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds


def _wall_seconds(year, month, day, hour, minute, second):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    return ((_ymd_to_ord(year, month, day) * 24 + hour) * 60 + minute) * 60 + second


def _local(u):
    # The local wall time, in seconds since 0001-01-01, at u seconds (UTC)
    # since 0001-01-01.
    tm = _time.localtime(u - _EPOCH_SECONDS)
    return _wall_seconds(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5])


def _local_to_seconds(year, month, day, hour, minute, second, fold):
    # The UTC seconds u (since 0001-01-01) whose local time is the given
    # wall time: solves local(u) == t, picking the earlier or later of two
    # solutions by fold, and for a time in a gap the one fold points to.
    t = _wall_seconds(year, month, day, hour, minute, second)
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + (_MAX_FOLD_SECONDS if fold else -_MAX_FOLD_SECONDS)
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    if _local(u2) == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _from_time_t(cls, seconds, us, tz):
    # The datetime at a POSIX time: local time without tz, else tz's.
    if tz is not None:
        return tz.fromutc(_from_utc_time_t(cls, seconds, us, tz))
    tm = _time.localtime(seconds)
    year, month, day, hour, minute, second = tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59)
    # A local time read twice (clocks set back) is the second reading when
    # the same wall time was already shown in the day before.
    result_seconds = _wall_seconds(year, month, day, hour, minute, second)
    probe = _local(_EPOCH_SECONDS + seconds - _MAX_FOLD_SECONDS)
    transition = result_seconds - probe - _MAX_FOLD_SECONDS
    fold = 0
    if transition < 0 and _local(_EPOCH_SECONDS + seconds + transition) == result_seconds:
        fold = 1
    year, month, day = _check_date_fields(year, month, day)
    return _datetime_of(cls, year, month, day, hour, minute, second, us, None, fold)


def _from_utc_time_t(cls, seconds, us, tz):
    days, rest = divmod(seconds, 86400)
    ordinal = days + _EPOCH_ORDINAL
    if not 0 < ordinal <= _MAXORDINAL:
        # The C library's year for the message (or its error for a year
        # it cannot hold).
        raise ValueError("year %d is out of range" % _time.gmtime(seconds)[0])
    year, month, day = _ord_to_ymd(ordinal)
    minutes, second = divmod(rest, 60)
    hour, minute = divmod(minutes, 60)
    return _datetime_of(cls, year, month, day, hour, minute, second, us, tz, 0)


def _local_timezone_at(seconds):
    # A fixed-offset timezone with the local offset and zone name at a POSIX time.
    tm = _time.localtime(seconds)
    return timezone(_td_from_us(tm.tm_gmtoff * 1000000), tm.tm_zone)


def _local_timezone_of_local(dt):
    seconds = _local_to_seconds(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, dt._fold)
    return _local_timezone_at(seconds - _EPOCH_SECONDS)


def _local_timezone_of_utc(dt):
    return _local_timezone_at((_naive_us(dt) // 1000000) - _EPOCH_SECONDS)


# ----------------------------------------------------------------- strftime

def _strftime(obj, fmt, year, month, day, hour, minute, second, us, tz, tzarg):
    # fmt applied to the fields.  The common directives are formatted here
    # (C locale); with any other, CPython's way: %z, %Z and %f replaced,
    # then time.strftime.
    if "\0" in fmt:
        # The C code stops at a NUL.
        fmt = fmt[:fmt.index("\0")]
    out = []
    n = len(fmt)
    i = 0
    weekday = -1
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        if j > i:
            out.append(fmt[i:j])
        if j + 1 == n:
            out.append("%")
            break
        c = fmt[j + 1]
        i = j + 2
        if c == "Y":
            out.append(str(year))
        elif c == "m":
            out.append("%02d" % month)
        elif c == "d":
            out.append("%02d" % day)
        elif c == "H":
            out.append("%02d" % hour)
        elif c == "M":
            out.append("%02d" % minute)
        elif c == "S":
            out.append("%02d" % second)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "y":
            out.append("%02d" % (year % 100))
        elif c == "z":
            out.append(_format_offset(_utcoffset(tz, tzarg), "") if tz is not None else "")
        elif c == "Z":
            name = _tzname(tz, tzarg) if tz is not None else None
            out.append(name or "")
        elif c == "%":
            out.append("%")
        elif c in "aAuwUWjcx":
            if weekday < 0:
                weekday = (_ymd_to_ord(year, month, day) + 6) % 7
            if c == "a":
                out.append(_DAY_ABBRS[weekday])
            elif c == "A":
                out.append(_DAY_NAMES[weekday])
            elif c == "u":
                out.append(str(weekday + 1))
            elif c == "w":
                out.append(str((weekday + 1) % 7))
            elif c == "c":
                out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAY_ABBRS[weekday], _MONTH_ABBRS[month], day, hour,
                                                            minute, second, year))
            elif c == "x":
                out.append("%02d/%02d/%02d" % (month, day, year % 100))
            else:
                yday = _DAYS_BEFORE_MONTH[month] + day + (1 if month > 2 and _is_leap(year) else 0)
                if c == "j":
                    out.append("%03d" % yday)
                elif c == "U":
                    out.append("%02d" % ((yday + 6 - (weekday + 1) % 7) // 7))
                else:
                    out.append("%02d" % ((yday + 6 - weekday) // 7))
        elif c == "b" or c == "h":
            out.append(_MONTH_ABBRS[month])
        elif c == "B":
            out.append(_MONTH_NAMES[month])
        elif c == "p":
            out.append("AM" if hour < 12 else "PM")
        elif c == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif c == "X" or c == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif c == "e":
            out.append("%2d" % day)
        elif c == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif c == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        else:
            return _extras().strftime_by_c(obj, fmt, us, tz, tzarg)
    return "".join(out)
