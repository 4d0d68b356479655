# typing.NamedTuple (class and functional forms, defaults, methods, field-order errors) and TypedDict (instances are dicts; required and optional keys, total=False).
from typing import NamedTuple, TypedDict, Optional

class Employee(NamedTuple):
    name: str
    id: int = 3
    def describe(self):
        return f"{self.name}#{self.id}"

e = Employee('Guido')
print(e, e.describe(), e._fields, e._replace(id=5), Employee._field_defaults, Employee.__annotations__, isinstance(e, tuple))
# expect: Employee(name='Guido', id=3) Guido#3 ('name', 'id') Employee(name='Guido', id=5) {'id': 3} {'name': <class 'str'>, 'id': <class 'int'>} True
a, b = e
print(a, b, e == ('Guido', 3), Employee('x', 1) < Employee('y', 0))
# expect: Guido 3 True True
P = NamedTuple('P', [('x', int), ('y', int)])
print(P(1, 2), P._fields)
# expect: P(x=1, y=2) ('x', 'y')
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as ex:
    print(ex)
    # expect: Non-default namedtuple field y cannot follow default field x

class Movie(TypedDict):
    name: str
    year: int

class Rated(Movie, total=False):
    stars: Optional[int]

m = Movie(name='Blade Runner', year=1982)
print(m, type(m).__name__, m['year'], sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Movie.__total__, Rated.__total__)
# expect: {'name': 'Blade Runner', 'year': 1982} dict 1982 ['name', 'year'] ['stars'] True False
r: Rated = {'name': 'x', 'year': 1}
print(r, list(Movie.__annotations__))
# expect: {'name': 'x', 'year': 1} ['name', 'year']
