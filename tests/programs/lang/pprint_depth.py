# depth cuts nested containers to ... at the given level.
import pprint
data = [1, [2, [3, [4, [5]]]], {'a': {'b': {'c': 1}}}, (1, (2, (3,))), [], {}]
for depth in (1, 2, 3, 4):
    pprint.pprint(data, depth=depth)
    pprint.pprint(data, depth=depth, width=15)
try:
    pprint.pprint(data, depth=0)
except ValueError as e:
    print('ValueError:', e)
# expect: [1, [...], {...}, (...), [], {}]
# expect: [1,
# expect:  [...],
# expect:  {...},
# expect:  (...),
# expect:  [],
# expect:  {}]
# expect: [1, [2, [...]], {'a': {...}}, (1, (...)), [], {}]
# expect: [1,
# expect:  [2, [...]],
# expect:  {'a': {...}},
# expect:  (1, (...)),
# expect:  [],
# expect:  {}]
# expect: [1, [2, [3, [...]]], {'a': {'b': {...}}}, (1, (2, (...,))), [], {}]
# expect: [1,
# expect:  [2,
# expect:   [3, [...]]],
# expect:  {'a': {'b': {'c': 1}}},
# expect:  (1,
# expect:   (2, (...,))),
# expect:  [],
# expect:  {}]
# expect: [1, [2, [3, [4, [...]]]], {'a': {'b': {'c': 1}}}, (1, (2, (3,))), [], {}]
# expect: [1,
# expect:  [2,
# expect:   [3,
# expect:    [4,
# expect:     [...]]]],
# expect:  {'a': {'b': {'c': 1}}},
# expect:  (1,
# expect:   (2, (3,))),
# expect:  [],
# expect:  {}]
# expect: ValueError: depth must be > 0
