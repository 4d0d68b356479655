# time's calendar functions (struct_time, localtime, gmtime, mktime,
# strftime, asctime, ctime) and zone constants, around the C library's
# broken-down time (module _time). The time module makes each name on
# first use (its __getattr__ looks the name up here).

import _time

timezone = _time.timezone
altzone = _time.altzone
daylight = _time.daylight
tzname = _time.tzname

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    # Nine items, and two attributes beyond them (tm_zone, tm_gmtoff).
    __module__ = "time"
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = (seq[9:] + (None, None))[:2]
        return self

    @property
    def tm_zone(self):
        return self._extra[0]

    @property
    def tm_gmtoff(self):
        return self._extra[1]

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % pair for pair in zip(_FIELDS, self))

    def __reduce__(self):
        return struct_time, (tuple(self) + self._extra,)


for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, property(lambda self, i=_i: self[i]))


def _now():
    import time
    return time.time()


def localtime(seconds=None):
    return struct_time(_time._broken_down(_now() if seconds is None else seconds, True))


def gmtime(seconds=None):
    return struct_time(_time._broken_down(_now() if seconds is None else seconds, False))


def _time_tuple(t, what):
    # The nine items of a time tuple or struct_time, and its zone and
    # offset when it has them.
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % what)
    if isinstance(t, struct_time):
        return tuple(t) + t._extra
    return tuple(t)


def mktime(t):
    return _time._mktime(_time_tuple(t, "mktime")[:9])


def _checked(t):
    # CPython's checks before strftime and asctime; a zero month, day or
    # day of the year stands for the first.
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t[:9]
    for v in t[:9]:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    isdst = max(-1, min(isdst, 1))
    return (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst) + tuple(t[9:])


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    return _time._strftime(format, _checked(_time_tuple(localtime() if t is None else t, "strftime")))


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    t = _time_tuple(localtime() if t is None else t, "asctime")
    year, mon, mday, hour, minute, sec, wday = _checked(t)[:7]
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAYS[wday], _MONTHS[mon - 1], mday, hour, minute, sec, year)


def ctime(seconds=None):
    return asctime(localtime(seconds))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    # Parsed as datetime.strptime parses (CPython shares _strptime too).
    import _datetime_extras
    from datetime import date
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 0 must be str, not %s" % type(data_string))
    if not isinstance(format, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(format))
    (year, month, day, hour, minute, second, _, gmtoff, gmtoff_us,
     zone) = _datetime_extras._strptime_fields(data_string, format)
    # February 29 without a year is read in 1904, and given 1900 after.
    when = date(1904 if (year, month, day) == (1900, 2, 29) else year, month, day)
    yday = when.toordinal() - date(when.year, 1, 1).toordinal() + 1
    isdst = -1
    if zone is not None:
        found = zone.lower()
        if found in ("utc", "gmt"):
            isdst = 0
        elif daylight and found == tzname[1].lower():
            isdst = 1
        elif found == tzname[0].lower():
            isdst = 0
    return struct_time((year, month, day, hour, minute, second, when.weekday(), yday, isdst, zone, gmtoff))
