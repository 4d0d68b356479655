# set(s), frozenset(s), s.update(...), difference_update and
# symmetric_difference_update lay out the table as CPython does (a set
# merges table to table, an exact dict presizes, in-place updates keep the
# table), so sets of ints iterate in CPython's order.
print({3, 16})
t = {0, 1, 2}; t.update({16, 3}); print(t)
t = {0, 1, 2}; t.update([16, 3]); print(t)
t = {0, 1, 2}; t |= {3, 16}; print(t)
t = set([0, 1, 2]); t.update({3, 16}); print(t)
w = {0, 1, 2, 8, 16}; print(w, set(w), frozenset(w), w.copy())
s = {0}; s.symmetric_difference_update({1, 8}); print(s)
u = {0, 1, 8}; u.difference_update({0, 2}); print(u)
print(set(dict.fromkeys([0, 1, 2, 8, 16, 3])))
v = {5, 13}; v.update(v); print(v)
x = {0, 1, 2, 8, 16}; x.difference_update([0], {16}); print(x)
y = {1, 9, 17}; y.symmetric_difference_update([25, 1, 33]); print(y)
z = {1, 2}; z.update({9: 0, 17: 0}, [33, 2], range(40, 42)); print(z)
q = {1, 2}; q.difference_update(q); print(q)
q = {1, 2}; q.symmetric_difference_update(q); print(q)
q = {1, 2}; q.update(q); print(q)
# expect: {16, 3}
# expect: {0, 1, 2, 16, 3}
# expect: {0, 1, 2, 3, 16}
# expect: {0, 1, 2, 16, 3}
# expect: {0, 1, 2, 16, 3}
# expect: {0, 1, 2, 16, 8} {0, 1, 2, 16, 8} frozenset({0, 1, 2, 16, 8}) {0, 1, 2, 16, 8}
# expect: {0, 8, 1}
# expect: {1, 8}
# expect: {0, 1, 2, 16, 3, 8}
# expect: {13, 5}
# expect: {1, 2, 8}
# expect: {33, 25, 9, 17}
# expect: {1, 2, 33, 40, 9, 41, 17}
# expect: set()
# expect: set()
# expect: {1, 2}
