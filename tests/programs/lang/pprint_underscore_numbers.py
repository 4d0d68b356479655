# underscore_numbers groups digits of ints (not floats, bools or int subclasses with their own repr).
import pprint
class Code(int):
    def __repr__(self):
        return 'Code(%d)' % int(self)
class Plain(int):
    pass
data = [12345678, -1000000, 999, True, 1234.5678, Code(123456), Plain(7654321), 10 ** 20]
pprint.pprint(data, underscore_numbers=True)
pprint.pprint(data, underscore_numbers=True, width=20)
pprint.pprint(data)
# expect: [12_345_678,
# expect:  -1_000_000,
# expect:  999,
# expect:  True,
# expect:  1234.5678,
# expect:  Code(123456),
# expect:  7_654_321,
# expect:  100_000_000_000_000_000_000]
# expect: [12_345_678,
# expect:  -1_000_000,
# expect:  999,
# expect:  True,
# expect:  1234.5678,
# expect:  Code(123456),
# expect:  7_654_321,
# expect:  100_000_000_000_000_000_000]
# expect: [12345678,
# expect:  -1000000,
# expect:  999,
# expect:  True,
# expect:  1234.5678,
# expect:  Code(123456),
# expect:  7654321,
# expect:  100000000000000000000]
