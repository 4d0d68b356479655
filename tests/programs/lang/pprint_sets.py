# sets and frozensets are sorted when split over lines; unsortable items fall back to their type names.
import pprint
pprint.pprint(set(range(30, 0, -2)), width=30)
pprint.pprint(frozenset({(3, 1), (1, 2), (2, 0), (10, 10)}), width=20)
pprint.pprint({'s': {5, 3, 1}, 'f': frozenset(), 'e': set()}, width=10)
pprint.pprint([{1, 2, 3}, frozenset({4})], width=12)
class MySet(set):
    pass
pprint.pprint(MySet(range(12)), width=20)
pprint.pprint({3, 'b', 1, 'a', 2, 'c'}, width=5)
# expect: {2,
# expect:  4,
# expect:  6,
# expect:  8,
# expect:  10,
# expect:  12,
# expect:  14,
# expect:  16,
# expect:  18,
# expect:  20,
# expect:  22,
# expect:  24,
# expect:  26,
# expect:  28,
# expect:  30}
# expect: frozenset({(1, 2),
# expect:            (2, 0),
# expect:            (3, 1),
# expect:            (10,
# expect:             10)})
# expect: {'e': set(),
# expect:  'f': frozenset(),
# expect:  's': {1,
# expect:        3,
# expect:        5}}
# expect: [{1, 2, 3},
# expect:  frozenset({4})]
# expect: MySet({0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11})
# expect: {1,
# expect:  2,
# expect:  3,
# expect:  'a',
# expect:  'b',
# expect:  'c'}
