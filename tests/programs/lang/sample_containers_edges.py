# A whole program of the kind held-out tests use (containers_edges), checked against CPython.
d = {"b": 2, "a": 1}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), list(d.items())[0])
# expect: {'a': 1, 'c': 3, 'b': 4} ['a', 'c', 'b'] ('a', 1)
print(d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("n", []), d)
# expect: None 0 1 [] {'a': 1, 'c': 3, 'b': 4, 'n': []}
print(d.pop("n"), d.pop("zz", "missing"))
# expect: [] missing
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
    # expect: KeyError: 'zz'
try:
    d[("tuple", 1)]
except KeyError as e:
    print("KeyError:", e, repr(e))
    # expect: KeyError: ('tuple', 1) KeyError(('tuple', 1))
print(d.popitem(), d)
# expect: ('b', 4) {'a': 1, 'c': 3}
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError:", ex)
    # expect: KeyError: 'popitem(): dictionary is empty'
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), dict(a=1, **{"b": 2}))
# expect: {'a': 0, 'b': 0, 'c': 0} {'x': 1, 'y': 2} {'a': 1, 'b': 2}
m = {"a": 1} | {"b": 2, "a": 3}
m |= {"c": 5}
print(m, {1: "x"} == {1.0: "x"}, {True: 1, 1: 2, 1.0: 3})
# expect: {'a': 3, 'b': 2, 'c': 5} True {True: 3}
try:
    for k in m:
        m["new"] = 1
except RuntimeError as ex:
    print("RuntimeError:", ex)
    # expect: RuntimeError: dictionary changed size during iteration
print(sorted(m.keys() & {"a", "z"}), sorted(m.keys() - {"a"}), list(reversed(m)))
# expect: ['a'] ['b', 'c', 'new'] ['new', 'c', 'b', 'a']
dv = m.values()
m["late"] = 9
print(len(dv), 9 in dv)
# expect: 5 True
try:
    {[]: 1}
except TypeError as ex:
    print("TypeError:", ex)
    # expect: TypeError: unhashable type: 'list'

s = {3, 1, 2}
s.add(2); s.discard(10)
try:
    s.remove(10)
except KeyError as ex:
    print("KeyError:", ex)
    # expect: KeyError: 10
print(s | {4}, s & {1, 5}, s - {1}, s ^ {1, 9}, s <= {1, 2, 3, 4}, s < s, s.isdisjoint({7}))
# expect: {1, 2, 3, 4} {1} {2, 3} {2, 3, 9} True False True
fs = frozenset([1, 2])
print(fs, {fs: "ok"}[frozenset([2, 1])], frozenset() == set(), repr(set()), repr(frozenset()))
# expect: frozenset({1, 2}) ok True set() frozenset()
print(set("hello") == set("olleh"), sorted({"b", "a"}), {1, 2}.union([3], (4,)))
# expect: True ['a', 'b'] {1, 2, 3, 4}
try:
    set().pop()
except KeyError as ex:
    print("KeyError:", ex)
    # expect: KeyError: 'pop from an empty set'

l = [5, 3, 8, 1]
l.insert(100, 9); l.insert(-100, 0); l.insert(-1, 7)
print(l, l.index(8), l.count(7))
# expect: [0, 5, 3, 8, 1, 7, 9] 3 1
try:
    l.index(42)
except ValueError as ex:
    print("ValueError:", ex)
    # expect: ValueError: 42 is not in list
try:
    l.remove(42)
except ValueError as ex:
    print("ValueError:", ex)
    # expect: ValueError: list.remove(x): x not in list
print(l.pop(), l.pop(0), l)
# expect: 9 0 [5, 3, 8, 1, 7]
try:
    [].pop()
except IndexError as ex:
    print("IndexError:", ex)
    # expect: IndexError: pop from empty list
try:
    l[10]
except IndexError as ex:
    print("IndexError:", ex)
    # expect: IndexError: list index out of range
try:
    (1, 2)[5]
except IndexError as ex:
    print("IndexError:", ex)
    # expect: IndexError: tuple index out of range
try:
    "abc"[5]
except IndexError as ex:
    print("IndexError:", ex)
    # expect: IndexError: string index out of range
l[1:3] = ["a", "b", "c", "d"]
print(l)
# expect: [5, 'a', 'b', 'c', 'd', 1, 7]
l[::2] = [0] * len(l[::2])
print(l)
# expect: [0, 'a', 0, 'c', 0, 1, 0]
try:
    l[::2] = [1]
except ValueError as ex:
    print("ValueError:", ex)
    # expect: ValueError: attempt to assign sequence of size 1 to extended slice of size 4
del l[::3]
print(l, l * 2, [[]] * 2, l[100:], l[-100:2])
# expect: ['a', 0, 0, 1] ['a', 0, 0, 1, 'a', 0, 0, 1] [[], []] [] ['a', 0]
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
# expect: [[1, 0], [1, 0]]
x = [3, 1, 2]
print(x.sort(), x, sorted(x, reverse=True), list(reversed(x)), x.reverse(), x)
# expect: None [3, 2, 1] [3, 2, 1] [3, 2, 1] None [3, 2, 1]
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [1, [2]] == [1, [2]], (1,) + (2,), tuple([1]) * 0)
# expect: True True True (1, 2) ()
a, *rest, z = range(6)
print(a, rest, z)
# expect: 0 [1, 2, 3, 4] 5
(p, q), r = "xy", 3
print(p, q, r)
# expect: x y 3
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print("ValueError:", ex)
    # expect: ValueError: too many values to unpack (expected 2)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
    # expect: ValueError: not enough values to unpack (expected 3, got 2)
print(list(enumerate("ab", 1)), list(zip("abc", range(2))), list(map(pow, [2, 3], [3, 2])))
# expect: [(1, 'a'), (2, 'b')] [('a', 0), ('b', 1)] [8, 9]
print(any([]), all([]), sum([[1], [2]], []), max([], default=None), min(3, 1, 2, key=lambda v: -v))
# expect: False True [1, 2] None 3
try:
    max([])
except ValueError as ex:
    print("ValueError:", ex)
    # expect: ValueError: max() arg is an empty sequence
print(list(filter(None, [0, 1, "", "a", None, []])), sorted([3, 1, 2], key=None))
# expect: [1, 'a'] [1, 2, 3]
