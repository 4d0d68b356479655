# time.strptime: struct_time fields, yday/wday, %Z's isdst, %z's gmtoff, errors.
import time
print(time.strptime('2024-03-02', '%Y-%m-%d'))
print(time.strptime('Feb 29', '%b %d'))
print(time.strptime('12:30 UTC', '%H:%M %Z'))
print(time.strptime('2024-03-02 +0130', '%Y-%m-%d %z'))
print(time.strptime('Sat Mar  2 10:00:00 2024'))
t = time.strptime('2024-03-02 +0130', '%Y-%m-%d %z'); print(t.tm_zone, t.tm_gmtoff)
t = time.strptime('2024-03-02 UTC', '%Y-%m-%d %Z'); print(t.tm_zone, t.tm_gmtoff)
print(time.strftime("%d/%m/%Y", time.strptime("31/12/1999", "%d/%m/%Y")), time.strptime("2024-03-02", "%Y-%m-%d").tm_yday)
for bad in [("2024-13-01", "%Y-%m-%d"), ("x", "%Y"), ("2024-01-01 junk", "%Y-%m-%d")]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.strptime(5, "%Y")
except TypeError as e:
    print("TypeError", e)
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=2, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=62, tm_isdst=-1)
# expect: time.struct_time(tm_year=1900, tm_mon=2, tm_mday=29, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=60, tm_isdst=-1)
# expect: time.struct_time(tm_year=1900, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=30, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=0)
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=2, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=62, tm_isdst=-1)
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=2, tm_hour=10, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=62, tm_isdst=-1)
# expect: None 5400
# expect: UTC None
# expect: 31/12/1999 62
# expect: ValueError time data '2024-13-01' does not match format '%Y-%m-%d'
# expect: ValueError time data 'x' does not match format '%Y'
# expect: ValueError unconverted data remains:  junk
# expect: TypeError strptime() argument 0 must be str, not <class 'int'>
