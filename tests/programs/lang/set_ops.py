# Set operators, methods and frozenset.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {1, 2, 5}
print(a <= {1, 2, 3, 4, 5}, a < a, b > {3}, a.isdisjoint({9}), a.issubset(range(10)))
# expect: True False True True True
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference([1, 10]))
# expect: {1, 2, 3, 4, 9} {4} {1, 2} {2, 3, 4, 10}
s = set()
s.add(1)
s.add(1)
s.update([2, 3], "x")
s.discard(99)
s.remove(2)
print(sorted(s, key=str), len(s), 3 in s)
# expect: [1, 3, 'x'] 3 True
a |= {7}
a &= {1, 7, 2}
a -= {2}
print(a)
# expect: {1, 7}
f = frozenset([1, 2])
print(f, f | {3}, frozenset(), set(), hash(f) == hash(frozenset([2, 1])))
# expect: frozenset({1, 2}) frozenset({1, 2, 3}) frozenset() set() True
print({x % 3 for x in range(10)}, set("aab") == {"a", "b"})
# expect: {0, 1, 2} True
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 42
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 'pop from an empty set'
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: unhashable type: 'list'
