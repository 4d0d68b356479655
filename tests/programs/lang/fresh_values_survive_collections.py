# Values made while other fresh values wait (zip and map over generators,
# star-unpacking a generator, math.prod over a generator, sets of objects
# whose __hash__ allocates) all survive collections (run under
# CORO_GC_STRESS by CI, where any of them freed too early shows).
import math

def gen(n, f):
    for i in range(n):
        yield f(i)

print(list(zip(gen(4, str), gen(4, lambda i: [i]), gen(5, float))))
print(list(map(lambda a, b: a + b, gen(4, str), gen(4, lambda i: str(i * i)))))
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
first, *middle, last = gen(5, lambda i: "x" * i)
print(first, middle, last)
print(math.prod(gen(6, lambda i: i + 0.5)), math.prod(gen(5, lambda i: 10 ** 20 + i)))

class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __hash__(self):
        return hash((self.a, str(self.b)))
    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)
    def __repr__(self):
        return "Key(%d, %d)" % (self.a, self.b)

s = set(gen(6, lambda i: Key(i % 3, i % 2)))
print(sorted(s, key=lambda k: (k.a, k.b)))
t = {Key(0, 0)}
t.update(gen(4, lambda i: Key(i, 1)))
print(len(t), Key(3, 1) in t, {Key(1, 1)}.issubset(gen(3, lambda i: Key(i, 1))))
# More iterables than a step keeps on the stack:
print(list(zip(*[gen(3, lambda i, k=k: [k, i]) for k in range(6)])))
print(list(map(lambda *a: sum(len(x) for x in a), *[gen(3, lambda i, k=k: "x" * (k + i)) for k in range(6)])))
# expect: [('0', [0], 0.0), ('1', [1], 1.0), ('2', [2], 2.0), ('3', [3], 3.0)]
# expect: ['00', '11', '24', '39']
# expect: [[1, 4], [2, 5], [3, 6]]
# expect:  ['x', 'xx', 'xxx'] xxxx
# expect: 162.421875 10000000000000000001000000000000000000035000000000000000000500000000000000000002400000000000000000000
# expect: [Key(0, 0), Key(0, 1), Key(1, 0), Key(1, 1), Key(2, 0), Key(2, 1)]
# expect: 5 True True
# expect: [([0, 0], [1, 0], [2, 0], [3, 0], [4, 0], [5, 0]), ([0, 1], [1, 1], [2, 1], [3, 1], [4, 1], [5, 1]), ([0, 2], [1, 2], [2, 2], [3, 2], [4, 2], [5, 2])]
# expect: [15, 21, 27]
