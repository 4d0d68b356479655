# sys._getframe names the running frames and their lines, through builtins, dunders, properties, class bodies, generators and deep recursion; f_back ends at the module, f_lineno moves with its frame
import sys

def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno

def outer():
    return inner()

def inner():
    chain = []
    f = sys._getframe()
    while f is not None:
        chain.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return chain

print(outer())
print(where())
print(where(0))

def too_deep():
    try:
        sys._getframe(50)
    except ValueError as e:
        print("ValueError:", e)
too_deep()

# Callers seen through builtins that call back into the program.
def key(x):
    print("key called from", sys._getframe(1).f_code.co_name)
    return x
def sorts():
    return sorted([2, 1], key=key)
sorts()
print(list(map(lambda x: sys._getframe(1).f_code.co_name, [1])))

class Point:
    def __init__(self, x):
        self.made_in = sys._getframe(1).f_code.co_name
    @property
    def here(self):
        return where()
    def __eq__(self, other):
        return where()
    def __repr__(self):
        return "Point from %s line %d" % where()

def build():
    p = Point(1)
    print(p.made_in, p.here, p == 1)
    print(repr(p), str(p))
    print(f"{p!r}")
build()

class Body:
    name = sys._getframe().f_code.co_name
    line = sys._getframe().f_lineno
print(Body.name, Body.line)

print(sys._getframe().f_globals["__name__"], sys._getframe().f_back)

def rec(n):
    if n == 0:
        count = 0
        f = sys._getframe()
        while f:
            count += 1
            f = f.f_back
        return count
    return rec(n - 1)
print(rec(300))

def gen():
    yield where()
    yield sys._getframe(1).f_code.co_name
def drive():
    for v in gen():
        print(v)
    g = gen()
    print(next(g))
drive()

def lineno_moves():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return a, b
print(lineno_moves())
# expect: [('inner', 15), ('outer', 9), ('<module>', 19)]
# expect: ('<module>', 20)
# expect: ('where', 6)
# expect: ValueError: call stack is not deep enough
# expect: key called from sorts
# expect: key called from sorts
# expect: ['<module>']
# expect: build ('here', 44) ('__eq__', 46)
# expect: Point from __repr__ line 48 Point from __repr__ line 48
# expect: Point from __repr__ line 48
# expect: Body 59
# expect: __main__ None
# expect: 302
# expect: ('gen', 76)
# expect: drive
# expect: ('gen', 76)
# expect: (87, 88)
