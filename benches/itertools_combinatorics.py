# Walks the combinatoric iterators of itertools (native in CPython and in
# coro): permutations, combinations, combinations_with_replacement, product.
from itertools import permutations, combinations, combinations_with_replacement, product

total = 0
for p in permutations(range(9)):
    total += p[0]
for c in combinations(range(26), 6):
    total += c[-1]
for w in combinations_with_replacement(range(12), 6):
    total += w[1]
for q in product(range(10), repeat=6):
    total += q[2]
print(total)
