# datetime: subclasses of date, datetime, time and timedelta keep their class through arithmetic, replace and the alternate constructors, as CPython's do.
from datetime import date, datetime, time, timedelta, timezone


class Day(date):
    def __repr__(self):
        return "Day<%s>" % self.isoformat()


class Moment(datetime):
    pass


class Span(timedelta):
    pass


print(Day(2024, 1, 2) + timedelta(1), Day(2024, 1, 2).replace(day=9), repr(Day.fromordinal(3)), type(Day.today()).__name__)
print(repr(Moment(2024, 1, 2, 3)), repr(Moment(2024, 1, 2, tzinfo=timezone.utc) + timedelta(hours=1)))
print(repr(Moment.fromisoformat("2024-01-02T03:04")), repr(Moment.strptime("2024", "%Y")), repr(Moment.combine(date(2024, 1, 2), time(5))))
print(repr(Moment(2024, 1, 2).date()), repr(Moment(2024, 1, 2, fold=1).replace(day=3)), Moment(2024, 1, 2) - Moment(2024, 1, 1))
print(repr(Span(1)), repr(Span(1) + Span(1)), repr(-Span(1)), repr(Span(hours=1) * 2))
print(Day(2024, 1, 1) == Moment(2024, 1, 1), date(2024, 1, 1) == Moment(2024, 1, 1))
try:
    Moment(2024, 1, 1) < Day(2024, 1, 1)
except TypeError as e:
    print(e)
# expect: 2024-01-03 2024-01-09 Day<0001-01-03> Day
# expect: Moment(2024, 1, 2, 3, 0) Moment(2024, 1, 2, 1, 0, tzinfo=datetime.timezone.utc)
# expect: Moment(2024, 1, 2, 3, 4) Moment(2024, 1, 1, 0, 0) Moment(2024, 1, 2, 5, 0)
# expect: datetime.date(2024, 1, 2) Moment(2024, 1, 3, 0, 0, fold=1) 1 day, 0:00:00
# expect: Span(days=1) datetime.timedelta(days=2) datetime.timedelta(days=-1) datetime.timedelta(seconds=7200)
# expect: True False
# expect: can't compare Moment to Day
