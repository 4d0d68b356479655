# datetime: str, repr, isoformat (sep and timespec), ctime, strftime's directives (C locale, %z %Z %f) and __format__ in f-strings.
from datetime import date, time, datetime, timedelta, timezone

dt = datetime(2024, 1, 2, 3, 4, 5, 60708, tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST"))
print(dt, repr(dt), str(datetime(2024, 1, 2, 3, 4, 5)), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 0, 0, 1, fold=1)))
print(time(1, 2), repr(time(1, 2, 3, 4, timezone.utc, fold=1)), time(13, 14, 15, 160000, timezone.utc))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="milliseconds"))
print(time(1, 2, 3).isoformat("hours"), time(1, 2, 3, 456789).isoformat("seconds"), date(5, 6, 7).isoformat())
print(dt.ctime(), date(2024, 7, 4).ctime())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %j %U %W %w %u %p %I %y %%"))
print(dt.strftime("%c | %x | %X | %D | %T | %F | %R | %e | %h"))
print(datetime(2024, 12, 31, 23).strftime("%j %U %W %I %p"), datetime(2023, 1, 1).strftime("%j %U %W %G %V %g"))
print(time(15, 30).strftime("%H:%M %p %Y-%m-%d %z"), date(2024, 3, 9).strftime("%d/%m/%Y %H:%M %z|%Z"))
print(datetime(2024, 5, 6, tzinfo=timezone(timedelta(seconds=3725, microseconds=5))).strftime("%z"), date(999, 1, 1).strftime("%Y %y"))
print(f"{dt:%Y/%m/%d}", f"{date(2024, 1, 2)}", format(time(4, 5), "%H.%M"), format(dt, ""), "{:%B %d}".format(dt))
try:
    dt.isoformat(timespec="days")
except ValueError as e:
    print(type(e).__name__, e)
try:
    dt.strftime(1)
except TypeError as e:
    print(type(e).__name__, e)
# expect: 2024-01-02 03:04:05.060708-03:30 datetime.datetime(2024, 1, 2, 3, 4, 5, 60708, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=73800), 'NST')) 2024-01-02 03:04:05 datetime.datetime(2024, 1, 2, 0, 0) datetime.datetime(2024, 1, 2, 0, 0, 1, fold=1)
# expect: 01:02:00 datetime.time(1, 2, 3, 4, tzinfo=datetime.timezone.utc, fold=1) 13:14:15.160000+00:00
# expect: 2024-01-02T03:04:05.060708-03:30 2024-01-02 03:04:05.060708-03:30 2024-01-02T03:04-03:30 2024-01-02T03:04:05.060-03:30
# expect: 01 01:02:03 0005-06-07
# expect: Tue Jan  2 03:04:05 2024 Thu Jul  4 00:00:00 2024
# expect: 2024-01-02 03:04:05.060708 -0330 NST Tue Tuesday Jan January 002 00 01 2 2 AM 03 24 %
# expect: Tue Jan  2 03:04:05 2024 | 01/02/24 | 03:04:05 | 01/02/24 | 03:04:05 | 2024-01-02 | 03:04 |  2 | Jan
# expect: 366 52 53 11 PM 001 01 00 2022 52 22
# expect: 15:30 PM 1900-01-01  09/03/2024 00:00 |
# expect: +010205.000005 999 99
# expect: 2024/01/02 2024-01-02 04.05 2024-01-02 03:04:05.060708-03:30 January 02
# expect: ValueError Unknown timespec value
# expect: TypeError strftime() argument 1 must be str, not int
