# A set display of folded constants is built from a frozenset, as CPython does,
# which fixes its order where hashes collide.
print({10**20, 1, 2, 3})
print({16, 8, 0, -8, 2**40, 1 << 3})
print({5 * 2, -3, ~4, 7 // 2, 2 ** 5 - 1, 31})
print({0.5 * 2, 1, True, 8 * 2, 32})
x = 8
print({x, 16, 0})
# expect: {1, 2, 3, 100000000000000000000}
# expect: {1099511627776, 0, 16, 8, -8}
# expect: {3, 10, -5, -3, 31}
# expect: {16, 1.0, 32}
# expect: {8, 16, 0}
