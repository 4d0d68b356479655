# Chained, tuple, starred and nested assignment targets.
a = b = c = [1]
a.append(2)
print(a, b is c)
# expect: [1, 2] True
x, y = 1, 2
x, y = y, x
print(x, y)
# expect: 2 1
first, *middle, last = range(6)
print(first, middle, last)
# expect: 0 [1, 2, 3, 4] 5
(p, q), [r, *s] = "ab", (1, 2, 3)
print(p, q, r, s)
# expect: a b 1 [2, 3]
*only, = [7, 8]
print(only)
# expect: [7, 8]
d = {}
d["k"], lst = "v", [0, 0]
lst[0], lst[1] = lst[1] + 5, 9
print(d, lst)
# expect: {'k': 'v'} [5, 9]
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a + o.b)
# expect: 3
for i, (k, v) in enumerate({"z": 26}.items()):
    print(i, k, v)
# expect: 0 z 26
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: cannot unpack non-iterable int object
