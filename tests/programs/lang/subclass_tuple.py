# A tuple subclass: __new__ through super(), hashing and equality with plain tuples, % formatting, unpacking.
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {p: 'a'}[(1, 2)])
# expect: (1, 2) 1 2 2 True True True a
a, b = p
print(a, b, isinstance(p, tuple), p + (3,), (0,) + p, sorted([P(3, 1), P(1, 2)]), p * 2)
# expect: 1 2 True (1, 2, 3) (0, 1, 2) [(1, 2), (3, 1)] (1, 2, 1, 2)
print('%s and %s' % p, list(p), tuple(p), type(tuple(p)).__name__, max(p), p.index(2), p.count(1))
# expect: 1 and 2 [1, 2] (1, 2) tuple 2 1 1
print(f'{p}', str(p), repr(p), [p], 2 in p, p[::-1])
# expect: (1, 2) (1, 2) (1, 2) [(1, 2)] True (2, 1)

class Pair(tuple):
    pass
print(Pair([1, 2]), Pair(), Pair('ab'), Pair((1,)) < Pair((2,)))
# expect: (1, 2) () ('a', 'b') True
try:
    Pair(1, 2)
except TypeError as e:
    print(e)
    # expect: tuple expected at most 1 argument, got 2
try:
    tuple.__new__(int)
except TypeError as e:
    print(e)
    # expect: tuple.__new__(int): int is not a subtype of tuple
print(tuple.__new__(tuple, [1]), type(tuple.__new__(Pair, [1])).__name__)
# expect: (1,) Pair
