# itertools.product makes each result when asked: the first of a huge
# product comes at once.
from itertools import product, islice
print(next(product(range(10**6), repeat=2)))
print(list(product("ab", [1, 2], repeat=1)))
print(list(product()), list(product([], [1])), list(product([1], repeat=0)))
print(list(islice(product(range(3), repeat=3), 5)), sum(1 for _ in product(range(5), repeat=4)))
print(list(product([1, 2], "xy", repeat=2))[-3:])
# expect: (0, 0)
# expect: [('a', 1), ('a', 2), ('b', 1), ('b', 2)]
# expect: [()] [] [()]
# expect: [(0, 0, 0), (0, 0, 1), (0, 0, 2), (0, 1, 0), (0, 1, 1)] 625
# expect: [(2, 'y', 1, 'y'), (2, 'y', 2, 'x'), (2, 'y', 2, 'y')]
