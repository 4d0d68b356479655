# pprint sorts dict keys by default; pp and sort_dicts=False keep insertion order.
import pprint
d = {'zebra': 1, 'apple': [3, 2, 1], 'mango': {'z': 1, 'a': 2}, 10: 'ten', 2: 'two'}
pprint.pprint(d)
pprint.pp(d)
pprint.pprint(d, sort_dicts=False, width=20)
pprint.pp(d, width=20, sort_dicts=True)
print(pprint.pformat({(2, 1): 'b', (1, 9): 'a', (1, 2): 'c'}))
print(pprint.saferepr({'b': 1, 'a': 2}))
# expect: {2: 'two', 10: 'ten', 'apple': [3, 2, 1], 'mango': {'a': 2, 'z': 1}, 'zebra': 1}
# expect: {'zebra': 1, 'apple': [3, 2, 1], 'mango': {'z': 1, 'a': 2}, 10: 'ten', 2: 'two'}
# expect: {'zebra': 1,
# expect:  'apple': [3, 2, 1],
# expect:  'mango': {'z': 1,
# expect:            'a': 2},
# expect:  10: 'ten',
# expect:  2: 'two'}
# expect: {2: 'two',
# expect:  10: 'ten',
# expect:  'apple': [3, 2, 1],
# expect:  'mango': {'a': 2,
# expect:            'z': 1},
# expect:  'zebra': 1}
# expect: {(1, 2): 'c', (1, 9): 'a', (2, 1): 'b'}
# expect: {'a': 2, 'b': 1}
