# collections.namedtuple: fields, defaults, _make/_replace/_asdict, tuple behaviour, CPython's argument and field-name errors, subclassing.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
# expect: Point(x=1, y=2) 1 2 1 {'x': 1, 'y': 2} Point(x=10, y=2) ('x', 'y') Point(x=5, y=6)
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)), len(p), Point.__name__)
# expect: 3 True True True 2 Point
Card = namedtuple('Card', 'rank suit', defaults=['spades'])
print(Card('A'), Card('K', 'hearts'), Card._field_defaults)
# expect: Card(rank='A', suit='spades') Card(rank='K', suit='hearts') {'suit': 'spades'}
pts = sorted([Point(3, 1), Point(1, 2), Point(1, 1)])
print(pts, max(pts, key=lambda q: q.y))
# expect: [Point(x=1, y=1), Point(x=1, y=2), Point(x=3, y=1)] Point(x=1, y=2)
print({Point(1, 2): 'a'}[(1, 2)], '%s-%s' % Point(7, 8), list(Point(3, 4)))
# expect: a 7-8 [3, 4]
for args in [(1,), (1, 2, 3), ()]:
    try:
        Point(*args)
    except TypeError as e:
        print(e)
        # expect: Point.__new__() missing 1 required positional argument: 'y'
        # expect: Point.__new__() takes 3 positional arguments but 4 were given
        # expect: Point.__new__() missing 2 required positional arguments: 'x' and 'y'
try:
    Point(1, 2, z=3)
except TypeError as e:
    print(e)
    # expect: Point.__new__() got an unexpected keyword argument 'z'
try:
    Point(1, x=3)
except TypeError as e:
    print(e)
    # expect: Point.__new__() got multiple values for argument 'x'
for bad in ['1x', 'def', '_a']:
    try:
        namedtuple('T', [bad, 'b'])
    except ValueError as e:
        print(e)
        # expect: Type names and field names must be valid identifiers: '1x'
        # expect: Type names and field names cannot be a keyword: 'def'
        # expect: Field names cannot start with an underscore: '_a'
try:
    namedtuple('T', 'a a')
except ValueError as e:
    print(e)
    # expect: Encountered duplicate field name: 'a'
print(namedtuple('R', 'a def a', rename=True)._fields)
# expect: ('a', '_1', '_2')
try:
    Point._make([1])
except TypeError as e:
    print(e)
    # expect: Expected 2 arguments, got 1

class Pt(namedtuple('Pt', 'x y')):
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm(), Pt(1, 2), Pt._fields)
# expect: 7 Pt(x=1, y=2) ('x', 'y')
Emp = namedtuple('Emp', 'name, age')
people = [Emp('ann', 31), Emp('bob', 25)]
print(sorted(people, key=lambda e: e.age), [e.name for e in people])
# expect: [Emp(name='bob', age=25), Emp(name='ann', age=31)] ['ann', 'bob']
