# range attributes and methods: start/stop/step, index, count, slicing, equality.
r = range(3, 20, 4)
print(r.start, r.stop, r.step, len(r), list(r))
# expect: 3 20 4 5 [3, 7, 11, 15, 19]
print(r.index(11), r.count(11), r.count(12), 7 in r, 8 in r, r[-2], r[1:3], r[::-1])
# expect: 2 1 0 True False 15 range(7, 15, 4) range(19, -1, -4)
print(range(5).index(0), range(10, 0, -2).index(4), list(range(10, 0, -2)[1::2]))
# expect: 0 3 [8, 4]
print(range(0) == range(5, 5), range(1, 4) == range(1, 5, 3), range(3) == range(0, 3, 1))
# expect: True False True
try:
    r.index(12)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: 12 is not in range
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
# expect: IndexError: range object index out of range
print(bool(range(0)), bool(range(1)), sum(range(1, 101)), max(range(7)), list(reversed(range(3))))
# expect: False True 5050 6 [2, 1, 0]
