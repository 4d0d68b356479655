# datetime: equal values hash alike (aware datetimes and times across zones, folds, timedelta forms), so they meet as dict keys and set members; copy and deepcopy give equal objects.
import copy
from datetime import date, datetime, time, timedelta, timezone

east = timezone(timedelta(hours=2))
moments = {datetime(2024, 1, 1, 12, tzinfo=timezone.utc): "noon UTC"}
print(moments[datetime(2024, 1, 1, 14, tzinfo=east)], datetime(2024, 1, 1, 12) in moments)
print(len({timedelta(days=1), timedelta(hours=24), timedelta(seconds=86400), timedelta(minutes=1)}))
print(len({date(2024, 1, 1), date(2024, 1, 1), date.fromordinal(738886)}), len({datetime(2024, 1, 1, fold=0), datetime(2024, 1, 1, fold=1)}))
print(len({time(12, tzinfo=timezone.utc), time(14, tzinfo=east), time(12)}), {timezone.utc: 1}[timezone(timedelta(0), "UTC")])
for value in (timedelta(1, 2, 3), date(2024, 5, 6), time(7, 8, tzinfo=east), datetime(2024, 5, 6, 7, 8, fold=1, tzinfo=east), east):
    shallow, deep = copy.copy(value), copy.deepcopy(value)
    print(repr(shallow), shallow == value, deep == value, type(deep).__name__)
# expect: noon UTC False
# expect: 2
# expect: 1 1
# expect: 2 1
# expect: datetime.timedelta(days=1, seconds=2, microseconds=3) True True timedelta
# expect: datetime.date(2024, 5, 6) True True date
# expect: datetime.time(7, 8, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))) True True time
# expect: datetime.datetime(2024, 5, 6, 7, 8, fold=1, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))) True True datetime
# expect: datetime.timezone(datetime.timedelta(seconds=7200)) True True timezone
