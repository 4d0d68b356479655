# OrderedDict, defaultdict, Counter, deque and ChainMap have layouts of their own.
import pprint, collections
od = collections.OrderedDict((k, k * 3) for k in 'abcdefgh')
pprint.pprint(od, width=30)
dd = collections.defaultdict(list, {n: list(range(n)) for n in range(1, 6)})
pprint.pprint(dd, width=30)
pprint.pprint(collections.defaultdict(int), width=1)
c = collections.Counter('mississippi river banks')
pprint.pprint(c, width=30)
pprint.pprint(collections.deque(range(15)), width=20)
pprint.pprint(collections.deque(range(15), maxlen=20), width=20)
cm = collections.ChainMap({'user': 'alice', 'theme': 'dark'}, {'user': 'default', 'lang': 'en', 'tz': 'UTC'})
pprint.pprint(cm, width=30)
pprint.pprint([od, c, collections.deque('abc')], width=40)
# expect: OrderedDict([('a', 'aaa'),
# expect:              ('b', 'bbb'),
# expect:              ('c', 'ccc'),
# expect:              ('d', 'ddd'),
# expect:              ('e', 'eee'),
# expect:              ('f', 'fff'),
# expect:              ('g', 'ggg'),
# expect:              ('h', 'hhh')])
# expect: defaultdict(<class 'list'>,
# expect:             {1: [0],
# expect:              2: [0, 1],
# expect:              3: [0, 1, 2],
# expect:              4: [0, 1, 2, 3],
# expect:              5: [0,
# expect:                  1,
# expect:                  2,
# expect:                  3,
# expect:                  4]})
# expect: defaultdict(<class 'int'>, {})
# expect: Counter({'i': 5,
# expect:          's': 5,
# expect:          'p': 2,
# expect:          ' ': 2,
# expect:          'r': 2,
# expect:          'm': 1,
# expect:          'v': 1,
# expect:          'e': 1,
# expect:          'b': 1,
# expect:          'a': 1,
# expect:          'n': 1,
# expect:          'k': 1})
# expect: deque([0,
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
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14])
# expect: deque([0,
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
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14],
# expect:       maxlen=20)
# expect: ChainMap({'theme': 'dark',
# expect:           'user': 'alice'},
# expect:          {'lang': 'en',
# expect:           'tz': 'UTC',
# expect:           'user': 'default'})
# expect: [OrderedDict([('a', 'aaa'),
# expect:               ('b', 'bbb'),
# expect:               ('c', 'ccc'),
# expect:               ('d', 'ddd'),
# expect:               ('e', 'eee'),
# expect:               ('f', 'fff'),
# expect:               ('g', 'ggg'),
# expect:               ('h', 'hhh')]),
# expect:  Counter({'i': 5,
# expect:           's': 5,
# expect:           'p': 2,
# expect:           ' ': 2,
# expect:           'r': 2,
# expect:           'm': 1,
# expect:           'v': 1,
# expect:           'e': 1,
# expect:           'b': 1,
# expect:           'a': 1,
# expect:           'n': 1,
# expect:           'k': 1}),
# expect:  deque(['a', 'b', 'c'])]
