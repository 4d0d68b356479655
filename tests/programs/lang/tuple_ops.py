# Tuples: packing, unpacking, slicing, methods and immutability.
t = 1, 2, 3
print(t, (1,), (), t[1:], t[::-1], t + (4,), t * 2, len(t))
# expect: (1, 2, 3) (1,) () (2, 3) (3, 2, 1) (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) 3
a, *rest = t
*init, last = t
x, (y, z) = 1, (2, 3)
print(a, rest, init, last, x, y, z)
# expect: 1 [2, 3] [1, 2] 3 1 2 3
print(t.index(2), t.count(3), 2 in t, max(t), tuple("ab"), tuple([1, [2]]))
# expect: 1 1 True 3 ('a', 'b') (1, [2])
print((1, 2) == (1, 2), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
# expect: True True True
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: 'tuple' object does not support item assignment
try:
    a, b = t
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: too many values to unpack (expected 2)
try:
    a, b, c, d = t
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: not enough values to unpack (expected 4, got 3)
first, second = "hi"
print(first, second)
# expect: h i
