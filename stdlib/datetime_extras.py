# The less used part of the datetime module, loaded on its first use: the
# ISO 8601 parsers of fromisoformat, datetime.strptime (regular
# expressions made as CPython's _strptime makes them for the C locale)
# and strftime for the directives the datetime module does not format
# itself (the C library's, through time.strftime, as CPython does).

import time as _time
import datetime as _dt
from datetime import date, time, timedelta, timezone
from datetime import _DAY_ABBRS, _DAY_NAMES, _MONTH_ABBRS, _MONTH_NAMES, _check_date_fields, _is_leap


# ------------------------------------------------------- ISO 8601 parsing
#
# These follow CPython's C parser, which reads the UTF-8 bytes of the text
# up to a NUL: the text here is those bytes as characters (see
# _utf8_view), ending with "\0", which the parser may look at like a
# character.

_DIGITS = "0123456789"


def _utf8_view(text):
    # The text's UTF-8 bytes, one character each.
    if text.isascii():
        return text
    return text.encode("utf-8").decode("latin-1")


def _digits(s, i, count):
    # The number in the count digits at s[i:], or -1.
    value = 0
    for j in range(i, i + count):
        c = s[j]
        if c not in _DIGITS:
            return -1
        value = value * 10 + ord(c) - 48
    return value


def _parse_iso_date(s, n):
    # (year, month, day) from s[:n] (and what follows it), or None.
    year = _digits(s, 0, 4)
    if year < 0:
        return None
    i = 4
    dashed = s[i] == "-"
    if dashed:
        i += 1
    if s[i] == "W":
        week = _digits(s, i + 1, 2)
        if week < 0:
            return None
        i += 3
        if i < n:
            if dashed:
                if s[i] != "-":
                    return None
                i += 1
            day = _digits(s, i, 1)
            if day < 0:
                return None
        else:
            day = 1
        ymd = _dt._iso_to_ymd(year, week, day)
        return None if type(ymd) is str else ymd
    month = _digits(s, i, 2)
    if month < 0:
        return None
    i += 2
    if dashed:
        if s[i] != "-":
            return None
        i += 1
    day = _digits(s, i, 2)
    if day < 0:
        return None
    return year, month, day


def _iso_separator(s, n):
    # Where the date part of an ISO datetime string ends.
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10  # YYYY-MM-DD
        if n < 8:
            return -1
        if n > 8 and s[8] == "-":
            if n == 9:
                return -1
            if n > 10 and s[10] in _DIGITS:
                # YYYY-Www-HH... rather than YYYY-Www-D?HH...
                return 8
            return 10  # YYYY-Www-D
        return 8  # YYYY-Www
    if s[4] == "W":
        # YYYYWww or YYYYWwwD: the run of digits from 7 tells.
        i = 7
        while i < n and s[i] in _DIGITS:
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8  # YYYYMMDD


def _parse_hh_mm_ss_ff(s, i, end):
    # (status, hour, minute, second, us) from s[i:end]: status 0 at the end
    # of the text, 1 when more follows, <0 for malformed.
    fields = [0, 0, 0]
    separated = True
    part = 0
    while part < 3:
        value = _digits(s, i, 2)
        if value < 0:
            return -3, 0, 0, 0, 0
        fields[part] = value
        c = s[i + 2]
        i += 3
        if part == 0:
            separated = c == ":"
        if i >= end:
            return (0 if c == "\0" else 1), fields[0], fields[1], fields[2], 0
        if separated and c == ":":
            part += 1
            continue
        if c == "." or c == ",":
            break
        if separated:
            return -4, 0, 0, 0, 0
        i -= 1
        part += 1
    count = min(end - i, 6)
    us = _digits(s, i, count)
    if us < 0:
        return -3, 0, 0, 0, 0
    us *= 10 ** (6 - count)
    i += count
    while s[i] in _DIGITS:
        i += 1
    return (0 if s[i] == "\0" else 1), fields[0], fields[1], fields[2], us


def _parse_iso_time(s, i, end):
    # (hour, minute, second, us, tzinfo) from s[i:end], or None.
    tz_at = i
    while True:
        if s[tz_at] in "Z+-":
            break
        tz_at += 1
        if tz_at >= end:
            break
    status, hour, minute, second, us = _parse_hh_mm_ss_ff(s, i, tz_at)
    if status < 0:
        return None
    if tz_at >= end:
        if status == 1:
            return None
        return hour, minute, second, us, None
    if s[tz_at] == "Z":
        if s[tz_at + 1] != "\0":
            return None
        return hour, minute, second, us, _dt._UTC
    sign = -1 if s[tz_at] == "-" else 1
    status, tzh, tzm, tzs, tzus = _parse_hh_mm_ss_ff(s, tz_at + 1, end)
    if status != 0:
        return None
    seconds = sign * (tzh * 3600 + tzm * 60 + tzs)
    if seconds == 0:
        tz = _dt._UTC
    else:
        tz = timezone(_dt._td_from_us(seconds * 1000000 + sign * tzus))
    return hour, minute, second, us, tz


def parse_iso_datetime(text):
    # (year, month, day, hour, minute, second, us, tzinfo), or None.
    if len(text) < 7:
        return None
    s = _utf8_view(text)
    n = len(s)
    s += "\0"
    at = _iso_separator(s, n)
    if at < 0:
        return None
    ymd = _parse_iso_date(s, at)
    if ymd is None:
        return None
    if n <= at:
        return ymd + (0, 0, 0, 0, None)
    # The separator may be any character: skip all its bytes.
    lead = ord(s[at])
    at += 1 if lead < 0x80 else 3 if lead & 0xF0 == 0xE0 else 4 if lead & 0xF0 == 0xF0 else 2
    fields = _parse_iso_time(s, at, n)
    if fields is None:
        return None
    return ymd + fields


def parse_iso_date(text):
    # (year, month, day) from date.fromisoformat's argument, or None.
    text = _utf8_view(text)
    n = len(text)
    if n != 7 and n != 8 and n != 10:
        return None
    return _parse_iso_date(text + "\0", n)


def parse_iso_time(text):
    # (hour, minute, second, us, tzinfo) from time.fromisoformat's argument, or None.
    text = _utf8_view(text)
    # The T that may begin a time alone.
    if text[:1] == "T":
        text = text[1:]
    return _parse_iso_time(text + "\0", 0, len(text))


# ---------------------------------------------------- strftime by the C library

def strftime_by_c(obj, fmt, us, tz, tzarg):
    # CPython's way for the whole format: %z, %Z and %f replaced here, the
    # rest done by the C library's strftime through the time module.
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find("%", i)
        if j < 0 or j + 1 == n:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        c = fmt[j + 1]
        i = j + 2
        if c == "z":
            out.append(_dt._format_offset(_dt._utcoffset(tz, tzarg), "") if tz is not None else "")
        elif c == "Z":
            name = _dt._tzname(tz, tzarg) if tz is not None else None
            out.append((name or "").replace("%", "%%"))
        elif c == "f":
            out.append("%06d" % us)
        else:
            out.append(fmt[j:i])
    if isinstance(obj, time):
        items = (1900, 1, 1, obj._hour, obj._minute, obj._second, 0, 1, -1)
    else:
        items = obj.timetuple()
    return _time.strftime("".join(out), items)


# ----------------------------------------------------------------- strptime

# The regular expression of each directive, as CPython's _strptime makes
# them for the C locale (names match in any case).
_STRPTIME_PATTERNS = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "%": "%",
}
_strptime_cache = {}
# Characters a format's text must escape in a regular expression.
_REGEX_SPECIAL = set("\\.^$*+?(){}[]|")


def _names_pattern(names, key):
    # An alternation of names, longest first (so "march" is not read as "mar").
    import re
    names = sorted((name.lower() for name in names), key=len, reverse=True)
    return "(?P<%s>%s)" % (key, "|".join(re.escape(name) for name in names))


def _strptime_directive(c, fmt):
    pattern = _STRPTIME_PATTERNS.get(c)
    if pattern is not None:
        return pattern
    if c == "W":
        return _STRPTIME_PATTERNS["U"].replace("U", "W")
    if c == "a":
        return _names_pattern(_DAY_ABBRS, "a")
    if c == "A":
        return _names_pattern(_DAY_NAMES, "A")
    if c == "b":
        return _names_pattern(_MONTH_ABBRS[1:], "b")
    if c == "B":
        return _names_pattern(_MONTH_NAMES[1:], "B")
    if c == "p":
        return _names_pattern(("AM", "PM"), "p")
    if c == "Z":
        return _names_pattern(_zone_names()[0] | _zone_names()[1], "Z")
    if c == "c":
        return _strptime_pattern("%a %b %d %H:%M:%S %Y")
    if c == "x":
        return _strptime_pattern("%m/%d/%y")
    if c == "X":
        return _strptime_pattern("%H:%M:%S")
    raise ValueError("'%s' is a bad directive in format '%s'" % ("%" if c == "\\" else c, fmt))


def _zone_names():
    # The names %Z accepts: without and with daylight saving time.
    plain = {"utc", "gmt", _time.tzname[0].lower()}
    summer = {_time.tzname[1].lower()} if _time.daylight else set()
    return plain, summer


def _strptime_pattern(fmt, whole=None):
    # The regular expression matching strings in format fmt.
    text = []
    for c in fmt:
        if c in _REGEX_SPECIAL:
            text.append("\\")
        text.append(c)
    text = "".join(text)
    pieces = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            while i < n and text[i].isspace():
                i += 1
            pieces.append(r"\s+")
            continue
        if c != "%":
            pieces.append(c)
            i += 1
            continue
        if i + 1 == n:
            raise ValueError("stray %% in format '%s'" % (whole or fmt))
        d = text[i + 1]
        if d.isspace():
            d = "\\"  # what the whitespace became in CPython's pattern
        pieces.append(_strptime_directive(d, whole or fmt))
        i += 2
    return "".join(pieces)


def _strptime_fields(data, fmt):
    # (year, month, day, hour, minute, second, us, utc offset seconds or
    # None, offset microseconds, zone name or None) from data in format fmt.
    # (re is imported here: fromisoformat does not need it.)
    import re
    regex = _strptime_cache.get(fmt)
    if regex is None:
        regex = re.compile(_strptime_pattern(fmt), re.IGNORECASE)
        if len(_strptime_cache) > 100:
            _strptime_cache.clear()
        _strptime_cache[fmt] = regex
    found = regex.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if found.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    year = None
    month = day = 1
    hour = minute = second = us = 0
    gmtoff = None
    gmtoff_us = 0
    iso_year = iso_week = None
    week = None
    week_starts_monday = False
    julian = None
    weekday = None
    values = found.groupdict()
    for key, value in values.items():
        if key == "y":
            year = int(value)
            # POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068.
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = [name.lower() for name in _MONTH_NAMES].index(value.lower())
        elif key == "b":
            month = [name.lower() for name in _MONTH_ABBRS].index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (values.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            us = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = [name.lower() for name in _DAY_NAMES].index(value.lower())
        elif key == "a":
            weekday = [name.lower() for name in _DAY_ABBRS].index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key == "U" or key == "W":
            week = int(value)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            gmtoff, gmtoff_us = _strptime_offset(value)
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                         "year '%G' instead.")
    # Without a year, February 29 is read in a leap year, then given 1900.
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso_week(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date_fields(year, month, day)
    else:
        first = date(year, 1, 1).toordinal()
        result = date.fromordinal(julian - 1 + first)
        year, month, day = result._year, result._month, result._day
    if leap_fix:
        year = 1900
    return year, month, day, hour, minute, second, us, gmtoff, gmtoff_us, values.get("Z")


def _strptime_offset(z):
    # (seconds, microseconds) east of UTC from a %z match.
    if z == "Z":
        return 0, 0
    text = z
    if text[3] == ":":
        text = text[:3] + text[4:]
        if len(text) > 5:
            if text[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % z)
            text = text[:5] + text[6:]
    seconds = int(text[1:3]) * 3600 + int(text[3:5]) * 60 + int(text[5:7] or 0)
    fraction = text[8:]
    us = int(fraction + "0" * (6 - len(fraction)))
    if text[0] == "-":
        return -seconds, -us
    return seconds, us


def _julian_from_week(year, week, weekday, week_starts_monday):
    # The day of the year of a %U/%W week number and a weekday (Monday 0).
    first_weekday = date(year, 1, 1).weekday()
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + (7 - first_weekday) % 7 + 7 * (week - 1) + weekday


def _julian_from_iso_week(iso_year, iso_week, iso_weekday):
    # (year, day of the year) of an ISO year, week and weekday (Monday 1).
    ordinal = iso_week * 7 + iso_weekday - (date(iso_year, 1, 4).isoweekday() + 3)
    if ordinal < 1:
        ordinal += date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def strptime_datetime(cls, data, fmt):
    year, month, day, hour, minute, second, us, gmtoff, gmtoff_us, zone = _strptime_fields(data, fmt)
    if gmtoff is None:
        return cls(year, month, day, hour, minute, second, us)
    offset = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
    tz = timezone(offset, zone) if zone else timezone(offset)
    return cls(year, month, day, hour, minute, second, us, tz)
