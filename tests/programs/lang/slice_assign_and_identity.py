# Slice assignment of a non-iterable names it as CPython does; a whole str or
# tuple slice is the object itself.
from collections import namedtuple
x = [1, 2]
for v in [5, None, 3.5]:
    try:
        x[1:2] = v
    except TypeError as e:
        print(e)
try:
    x[::2] = 5
except TypeError as e:
    print(e)


def gen():
    yield 7
    raise TypeError("from the generator")


try:
    x[0:1] = gen()
except TypeError as e:
    print(e, x)
t = (1, 2, 3)
s = "héllo"
print(t[:] is t, t[0:] is t, t[::1] is t, t[:2] is t, s[:] is s, s[0:5] is s, s[::1] is s, s[1:] is s)
P = namedtuple("P", "a b")
p = P(1, 2)
print(p[:], type(p[:]).__name__, p[:] is p)
l = [1, 2]
print(l[:] is l, l[:] == l)
# expect: can only assign an iterable
# expect: can only assign an iterable
# expect: can only assign an iterable
# expect: must assign iterable to extended slice
# expect: from the generator [1, 2]
# expect: True True True False True True True False
# expect: (1, 2) tuple False
# expect: False True
