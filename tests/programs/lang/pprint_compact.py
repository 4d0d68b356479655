# compact=True packs as many items on a line as fit.
import pprint
pprint.pprint(list(range(60)), compact=True, width=40)
pprint.pprint([list(range(8))] * 4 + ['word'] * 10, compact=True, width=30)
pprint.pprint({'a': list(range(30)), 'b': tuple(range(25))}, compact=True, width=50)
pprint.pprint(set(range(0, 100, 3)), compact=True, width=35, indent=2)
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
# expect:  12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
# expect:  22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
# expect:  32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
# expect:  42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
# expect:  52, 53, 54, 55, 56, 57, 58, 59]
# expect: [[0, 1, 2, 3, 4, 5, 6, 7],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7],
# expect:  'word', 'word', 'word',
# expect:  'word', 'word', 'word',
# expect:  'word', 'word', 'word',
# expect:  'word']
# expect: {'a': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
# expect:        13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
# expect:        24, 25, 26, 27, 28, 29],
# expect:  'b': (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
# expect:        13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
# expect:        24)}
# expect: { 0, 3, 6, 9, 12, 15, 18, 21, 24,
# expect:   27, 30, 33, 36, 39, 42, 45, 48,
# expect:   51, 54, 57, 60, 63, 66, 69, 72,
# expect:   75, 78, 81, 84, 87, 90, 93, 96,
# expect:   99}
