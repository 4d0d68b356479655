from collections import deque
import functools
d = deque("abcab")
print(d.index("b", 2), d.index("a", 1, 4), d.index("a", -2), d.index("a", -100, 100))
for a in [("a", 1, 3), ("c", 3), ("a", 0, 0)]:
    try:
        print(d.index(*a))
    except ValueError as e:
        print(e)
try:
    d.index("a", "x")
except TypeError as e:
    print(e)

class L:
    def __len__(self):
        return -1
for f in [lambda: bool(L()), lambda: "yes" if L() else "no", lambda: len(L())]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K(1)).__name__, K(1).obj)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(2) == K(2), K(2) != K(2), K(3) >= K(1))
for f in [lambda: K(1) < 5, lambda: K()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
# expect: 4 3 3 0
# expect: 'a' is not in deque
# expect: 'c' is not in deque
# expect: 'a' is not in deque
# expect: slice indices must be integers or have an __index__ method
# expect: ValueError __len__() should return >= 0
# expect: ValueError __len__() should return >= 0
# expect: ValueError __len__() should return >= 0
# expect: KeyWrapper KeyWrapper 1
# expect: [1, 2, 3] True True False True
# expect: TypeError other argument must be K instance
# expect: TypeError K() missing required argument 'obj' (pos 1)
