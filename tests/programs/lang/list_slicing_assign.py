# List slicing, slice assignment (growing, shrinking, extended) and del.
a = list(range(10))
print(a[2:5], a[::-3], a[-2:], a[:-7:-2], a[100:])
# expect: [2, 3, 4] [9, 6, 3, 0] [8, 9] [9, 7, 5] []
a[2:5] = ["x"]
print(a)
# expect: [0, 1, 'x', 5, 6, 7, 8, 9]
a[1:1] = [10, 11, 12]
print(a)
# expect: [0, 10, 11, 12, 1, 'x', 5, 6, 7, 8, 9]
a[::2] = "ABCDEF"
print(a)
# expect: ['A', 10, 'B', 12, 'C', 'x', 'D', 6, 'E', 8, 'F']
a[:] = []
print(a)
# expect: []
b = [0, 1, 2, 3, 4, 5, 6]
del b[1]
del b[::2]
print(b)
# expect: [2, 4, 6]
del b[:]
print(b)
# expect: []
c = [1, 2, 3]
c[-1] = 30
c[len(c):] = [4]
print(c)
# expect: [1, 2, 30, 4]
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: attempt to assign sequence of size 3 to extended slice of size 2
try:
    c[10] = 1
except IndexError as e:
    print("IndexError:", e)
# expect: IndexError: list assignment index out of range
