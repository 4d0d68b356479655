# Tracebacks underline the failing expression as CPython 3.11 does: calls,
# attribute lookups (from the name when it is on a later line), binary
# operators and subscripts (~~~^^^), unpacking, assert tests.
import traceback
class O:
    def m(self, a):
        raise ValueError(a)
    @property
    def p(self):
        raise KeyError(1)
o = O()
def t(f):
    try:
        f()
    except Exception:
        s = traceback.format_exc().splitlines()
        print("\n".join(l for l in s[3:-1] if not l.startswith("  File")))
def a(): x = o.m(1)
def b(): x = o.missing(1)
def c(): y = o.attr
def d(): y = o.p + 1
def e():
    y = (o
         .m(5))
def f():
    y = (o.
         m(5))
def g():
    y = o.m(
        5)
def h(): y = [1][5]
def i(): y = {}["k"]
def j(): y = len(5)
def k(): o.m(1)
def l(): return o.m(1)
def m(): y = o.p
def n(): y = -o
def p(): y = not o.p
def q(): y = o.m(1)[0]
def r(): y = 1 + o.m(2) * 3
def s(): assert o.p
def u(): y = f"{o.p}"
def v(): y = [x for x in o.p]
def w(): a, b = [1, 2, 3]
def x(): y = 1 / 0 if o else 2
def z(): del o.q
for fn in [a, b, c, d, e, f, g, h, i, j, k, l, m, n, p, q, r, s, u, v, w, x, z]:
    print("--", fn.__name__)
    t(fn)
# expect: -- a
# expect:     def a(): x = o.m(1)
# expect:                  ^^^^^^
# expect:     raise ValueError(a)
# expect: -- b
# expect:     def b(): x = o.missing(1)
# expect:                  ^^^^^^^^^
# expect: -- c
# expect:     def c(): y = o.attr
# expect:                  ^^^^^^
# expect: -- d
# expect:     def d(): y = o.p + 1
# expect:                  ^^^
# expect:     raise KeyError(1)
# expect: -- e
# expect:     .m(5))
# expect:      ^^^^
# expect:     raise ValueError(a)
# expect: -- f
# expect:     m(5))
# expect:     ^^^^
# expect:     raise ValueError(a)
# expect: -- g
# expect:     y = o.m(
# expect:         ^^^^
# expect:     raise ValueError(a)
# expect: -- h
# expect:     def h(): y = [1][5]
# expect:                  ~~~^^^
# expect: -- i
# expect:     def i(): y = {}["k"]
# expect:                  ~~^^^^^
# expect: -- j
# expect:     def j(): y = len(5)
# expect:                  ^^^^^^
# expect: -- k
# expect:     def k(): o.m(1)
# expect:              ^^^^^^
# expect:     raise ValueError(a)
# expect: -- l
# expect:     def l(): return o.m(1)
# expect:                     ^^^^^^
# expect:     raise ValueError(a)
# expect: -- m
# expect:     def m(): y = o.p
# expect:                  ^^^
# expect:     raise KeyError(1)
# expect: -- n
# expect:     def n(): y = -o
# expect:                  ^^
# expect: -- p
# expect:     def p(): y = not o.p
# expect:                      ^^^
# expect:     raise KeyError(1)
# expect: -- q
# expect:     def q(): y = o.m(1)[0]
# expect:                  ^^^^^^
# expect:     raise ValueError(a)
# expect: -- r
# expect:     def r(): y = 1 + o.m(2) * 3
# expect:                      ^^^^^^
# expect:     raise ValueError(a)
# expect: -- s
# expect:     def s(): assert o.p
# expect:                     ^^^
# expect:     raise KeyError(1)
# expect: -- u
# expect:     def u(): y = f"{o.p}"
# expect:                     ^^^
# expect:     raise KeyError(1)
# expect: -- v
# expect:     def v(): y = [x for x in o.p]
# expect:                              ^^^
# expect:     raise KeyError(1)
# expect: -- w
# expect:     def w(): a, b = [1, 2, 3]
# expect:              ^^^^
# expect: -- x
# expect:     def x(): y = 1 / 0 if o else 2
# expect:                  ~~^~~
# expect: -- z
# expect:     def z(): del o.q
# expect:                  ^^^
