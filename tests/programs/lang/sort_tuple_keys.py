# Sorting by tuple keys (compared natively when their items are ints,
# floats or strs of one kind per position) gives CPython's order: stable,
# reversed stably, by first unequal item then length; NaN, mixed kinds
# and other items fall back to the generic comparison and its errors.
import random
random.seed(3)
words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
rows = [(random.choice(words), random.randint(0, 5), random.random() < 0.5 and 1.5 or -0.0) for _ in range(40)]
print(sorted(rows)[:8])
print(sorted(rows, reverse=True)[:8])
print([i for i, _ in sorted(enumerate(rows), key=lambda p: (p[1][1], p[1][0]))][:20])
print([i for i, _ in sorted(enumerate(rows), key=lambda p: (p[1][1],), reverse=True)][:20])
print(sorted([(1, 2), (1,), (), (0, 5, 1), (1, 2, 0), (1, 1)]))
print(sorted([(0.0, "b"), (-0.0, "a"), (0.0, "a")]))
print(sorted([(float("nan"), 1), (1.0, 2), (0.5, 3)]))
print(sorted([(1, "a"), (1.5, "b"), (True, "c")]))
print(sorted([("b", 2**70), ("a", 1), ("b", -(2**70))]))
try:
    sorted([(1, "a"), ("x", "b")])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), (1, "b")])
except TypeError as e:
    print(e)
class K(tuple):
    pass
print(sorted([K((2, 1)), (1, 9), K((1, 0))]))
# expect: [('apple', 1, -0.0), ('apple', 2, 1.5), ('apple', 3, -0.0), ('apple', 4, -0.0), ('apple', 4, 1.5), ('apple', 4, 1.5), ('apple', 5, -0.0), ('date', 0, 1.5)]
# expect: [('plum', 3, 1.5), ('plum', 3, -0.0), ('plum', 3, -0.0), ('plum', 3, -0.0), ('plum', 2, 1.5), ('plum', 2, -0.0), ('plum', 0, 1.5), ('plum', 0, 1.5)]
# expect: [8, 28, 31, 2, 9, 24, 32, 38, 6, 39, 14, 3, 10, 21, 30, 35, 26, 33, 17, 11]
# expect: [4, 20, 22, 25, 0, 1, 18, 23, 34, 36, 5, 7, 11, 12, 13, 15, 16, 17, 19, 27]
# expect: [(), (0, 5, 1), (1,), (1, 1), (1, 2), (1, 2, 0)]
# expect: [(-0.0, 'a'), (0.0, 'a'), (0.0, 'b')]
# expect: [(nan, 1), (0.5, 3), (1.0, 2)]
# expect: [(1, 'a'), (True, 'c'), (1.5, 'b')]
# expect: [('a', 1), ('b', -1180591620717411303424), ('b', 1180591620717411303424)]
# expect: '<' not supported between instances of 'str' and 'int'
# expect: '<' not supported between instances of 'str' and 'int'
# expect: [(1, 0), (1, 9), (2, 1)]
