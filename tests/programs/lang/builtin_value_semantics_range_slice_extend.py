# Ranges hash by value (equal ranges are one dict key), slices compare as
# (start, stop, step), list.extend and += append a generator's items as they
# come (a generator over the list sees them), symmetric_difference takes one
# set, and float() takes an object with __index__.
print(hash(range(3)) == hash(range(0, 3)), {range(3): 'x'}.get(range(0, 3)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2, None) != slice(1, 2, 1))
try: hash(slice(1, 2))
except TypeError as e: print(e)
l = [1, 2]; l.extend(x * 10 for x in l if len(l) < 6); print(l)
m = [1, 2]; m += (x + 1 for x in m if x < 4); print(m)
for args in ((), ([1], [2])):
    try: print({1, 2}.symmetric_difference(*args))
    except TypeError as e: print(e)
class I:
    def __index__(self): return 7
print(float(I()))
print('abc'.find('c', 0, 2**63), 'abc'.count('a', -2**70, 2**70))
class Big:
    def __index__(self): return 2**100
print(float(Big()))
# expect: True x True True
# expect: True True True
# expect: unhashable type: 'slice'
# expect: [1, 2, 10, 20, 100, 200]
# expect: [1, 2, 2, 3, 3, 4, 4]
# expect: set.symmetric_difference() takes exactly one argument (0 given)
# expect: set.symmetric_difference() takes exactly one argument (2 given)
# expect: 7.0
# expect: 2 1
# expect: 1.2676506002282294e+30
