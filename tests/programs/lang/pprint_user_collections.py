# UserDict, UserList and UserString print as the data they wrap.
import pprint, collections
pprint.pprint(collections.UserList(range(20)), width=30)
pprint.pprint(collections.UserDict({'k%d' % i: i for i in range(6)}), width=20)
pprint.pprint(collections.UserString('lorem ipsum dolor sit amet ' * 3), width=30)
pprint.pprint([collections.UserList([1, 2])], width=5)
# expect: [0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19]
# expect: {'k0': 0,
# expect:  'k1': 1,
# expect:  'k2': 2,
# expect:  'k3': 3,
# expect:  'k4': 4,
# expect:  'k5': 5}
# expect: ('lorem ipsum dolor sit amet '
# expect:  'lorem ipsum dolor sit amet '
# expect:  'lorem ipsum dolor sit '
# expect:  'amet ')
# expect: [[1,
# expect:   2]]
