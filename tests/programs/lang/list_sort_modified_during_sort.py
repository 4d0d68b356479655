# While list.sort runs its keys and comparisons the list looks empty, and
# a list that changed meanwhile raises ValueError; a failing key leaves
# the list as it was.
a = [3, 1, 2]
seen = []
a.sort(key=lambda x: (seen.append(len(a)), -x)[1])
print(a, seen)
b = [3, 1, 2]
try:
    b.sort(key=lambda x: b.append(x) or x)
except ValueError as e:
    print(e, b)
c = [3, 1, 2]
try:
    c.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(e, c)
d = [[2], [1]]
print(sorted(d), d)
e = [5, 4, 3]
e.sort(reverse=True)
print(e)
# expect: [3, 2, 1] [0, 0, 0]
# expect: list modified during sort [1, 2, 3]
# expect: division by zero [3, 1, 2]
# expect: [[1], [2]] [[2], [1]]
# expect: [5, 4, 3]
