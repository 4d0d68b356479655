import traceback
class A:
    pass
class B:
    __slots__ = ()
    @property
    def v(self): return 1
def cases():
    d = {}
    yield lambda: d.__setitem__("x", d["k"])
    def f1():
        d["k"] += 1
    yield f1
    def f2():
        a = A()
        a.balanse += 1
    yield f2
    def f3():
        t = (1,)
        t[0] += 1
    yield f3
    def f4():
        b = B()
        b.v += 1
    yield f4
    def f5():
        l = [1]
        l[0] += "s"
    yield f5
for case in cases():
    try:
        case()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[-3:]).replace(__file__, "F"))
# expect:     yield lambda: d.__setitem__("x", d["k"])
# expect:                                      ~^^^^^
# expect: KeyError: 'k'
# expect:     d["k"] += 1
# expect:     ~^^^^^
# expect: KeyError: 'k'
# expect:     a.balanse += 1
# expect:     ^^^^^^^^^
# expect: AttributeError: 'A' object has no attribute 'balanse'
# expect:     t[0] += 1
# expect:     ~^^^
# expect: TypeError: 'tuple' object does not support item assignment
# expect:     b.v += 1
# expect:     ^^^
# expect: AttributeError: property 'v' of 'B' object has no setter
# expect:   File "F", line 28, in f5
# expect:     l[0] += "s"
# expect: TypeError: unsupported operand type(s) for +=: 'int' and 'str'
