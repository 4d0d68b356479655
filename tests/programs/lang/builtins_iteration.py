# enumerate, zip, map, filter, reversed and range.
print(list(enumerate("abc")), list(enumerate(["x"], start=5)))
# expect: [(0, 'a'), (1, 'b'), (2, 'c')] [(5, 'x')]
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
# expect: [(1, 'a'), (2, 'b')] [] [(1, 2, 3)]
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
# expect: ['A', 'B'] [4, 10]
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, range(4))))
# expect: [1, 'a'] [2, 3]
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
# expect: [3, 2, 1] ['c', 'b', 'a'] [4, 3, 2, 1, 0] [2, 1]
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -4)), list(range(0)), range(1, 5))
# expect: [0, 1, 2, 3, 4] [2, 5, 8] [10, 6, 2] [] range(1, 5)
r = range(0, 20, 5)
print(len(r), r[1], r[-1], 15 in r, 16 in r, r.index(10), r[1:3], list(r[::-1]))
# expect: 4 5 15 True False 2 range(5, 15, 5) [15, 10, 5, 0]
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: range() arg 3 must not be zero
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: zip() argument 2 is shorter than argument 1
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
# expect: 1 [2] []
