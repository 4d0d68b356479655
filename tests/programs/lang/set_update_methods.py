# In-place set methods: update, intersection_update, difference_update, symmetric_difference_update.
s = {1, 2, 3, 4}
s.intersection_update([2, 3, 4, 5], {3, 4})
print(s)
# expect: {3, 4}
s.difference_update({4}, [9])
print(s)
# expect: {3}
s.symmetric_difference_update({3, 7})
print(s)
# expect: {7}
s.update([1], (2,), {8: "k"})
print(sorted(s))
# expect: [1, 2, 7, 8]
s.clear()
print(s, len(s))
# expect: set() 0
f = frozenset([1, 2])
print(f.union([3]), f.intersection({2}), f.isdisjoint({3}), type(f.copy()).__name__)
# expect: frozenset({1, 2, 3}) frozenset({2}) True frozenset
try:
    f.add(3)
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'frozenset' object has no attribute 'add'
