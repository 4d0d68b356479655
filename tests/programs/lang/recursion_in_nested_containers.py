# Comparing or printing containers nested past the recursion limit raises
# RecursionError, as CPython does, instead of overflowing the native stack.
a = []; a.append(a)
b = []; b.append(b)
for check in (lambda: a == b, lambda: a < b):
    try:
        check()
    except RecursionError as e:
        print(e)
d = {}; d[1] = d
e = {}; e[1] = e
try:
    d == e
except RecursionError as err:
    print(err)
deep = []
for i in range(5000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as err:
    print(err)
print(a.count(a), [a].index(a), repr(a), repr(d))
# expect: maximum recursion depth exceeded in comparison
# expect: maximum recursion depth exceeded in comparison
# expect: maximum recursion depth exceeded in comparison
# expect: maximum recursion depth exceeded while getting the repr of an object
# expect: 1 0 [[...]] {1: {...}}
