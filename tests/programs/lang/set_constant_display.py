# A display of three or more constants is laid out as CPython's folded frozenset.
print({0, 16, 32, 1, 17}, {3, 1, 2}, {8, 1, 9, 16, -1}, {(1, 2), (3,), 5})
s = {0, 16, 32, 1, 17}
s.add(48)
print(s)
# expect: {0, 1, 32, 16, 17} {1, 2, 3} {16, 1, 8, 9, -1} {(1, 2), (3,), 5}
# expect: {0, 1, 32, 16, 17, 48}
