# enumerate, zip, map, filter and reversed are classes, as in CPython;
# __index__ serves where an int is wanted (repetition, %d %x %c); a
# generator refuses an exception instance with a separate value; a
# namedtuple's fields refuse assignment as CPython's do.
from collections import namedtuple

print(enumerate, zip, map, filter, reversed)
# expect: <class 'enumerate'> <class 'zip'> <class 'map'> <class 'filter'> <class 'reversed'>
print(type(enumerate([])) is enumerate, isinstance(zip(), zip), isinstance(map(str, []), map))
# expect: True True True
print(isinstance(filter(None, []), filter), type(reversed([1])).__name__, type(reversed(range(2))).__name__)
# expect: True list_reverseiterator range_iterator
print(list(enumerate("ab", start=1)), list(zip("ab", [1, 2])), list(map(abs, [-1, 2])))
# expect: [(1, 'a'), (2, 'b')] [('a', 1), ('b', 2)] [1, 2]
print(callable(enumerate), enumerate.__name__)
# expect: True enumerate

class Three:
    def __index__(self):
        return 3

class Letter:
    def __index__(self):
        return 65

print("ab" * Three(), [0] * Three(), Three() * (1,), "%d|%x|%o|%c|%5.1f" % (Three(), Three(), Three(), Letter(), Three()))
# expect: ababab [0, 0, 0] (1, 1, 1) 3|3|3|A|  3.0

def gen():
    yield 1

for args in [(ValueError, "v"), (ValueError, ("a", "b")), (ValueError("i"), None), (ValueError("i"), "v")]:
    g = gen()
    next(g)
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
        # expect: ValueError v
        # expect: ValueError ('a', 'b')
        # expect: ValueError i
        # expect: TypeError instance exception may not have a separate value

P = namedtuple("P", "x y")
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
    # expect: AttributeError: can't set attribute
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
    # expect: AttributeError: can't delete attribute
print(p)
# expect: P(x=1, y=2)
