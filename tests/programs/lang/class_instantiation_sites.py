# `cls(args)` at a call site that learns the class's __init__ still sees
# every change to the class and reports CPython's errors.
class P:
    def __init__(self, x):
        self.x = x

def make(c, *rest):
    if len(rest) == 1:
        return c(rest[0])
    return c(*rest)

def make1(c, v):
    return c(v)

print([make1(P, i).x for i in range(3)])
# expect: [0, 1, 2]

def init2(self, x):
    self.x = x * 10
P.__init__ = init2
print(make1(P, 5).x)
# expect: 50

class Q(P):
    pass
print(make1(Q, 6).x, type(make1(Q, 6)).__name__)
# expect: 60 Q

class R:
    def __init__(self, x):
        return 3
for i in range(2):
    try:
        make1(R, 1)
    except TypeError as e:
        print(e)
# expect: __init__() should return None, not 'int'
# expect: __init__() should return None, not 'int'

class S:
    def __new__(cls, x):
        print("new", x)
        return object.__new__(cls)
    def __init__(self, x):
        self.x = x
print(make1(S, 4).x)
# expect: new 4
# expect: 4

class T:
    def __init__(self, x):
        raise ValueError(x)
try:
    make1(T, 9)
except ValueError as e:
    print("ValueError", e)
# expect: ValueError 9

class U:
    def __init__(self, a, b=2):
        self.s = a + b
print(make1(U, 1).s, make(U, 1, 5).s)
# expect: 3 6
try:
    make1(P, 1)
    make(P)
except TypeError as e:
    print(e)
# expect: init2() missing 1 required positional argument: 'x'

print(make1(int, "12"), make1(list, (1, 2)), make1(str, 3.5))
# expect: 12 [1, 2] 3.5

class V(P):
    def __new__(cls, x):
        return 42
print(make1(V, 1))
# expect: 42
del P.__init__
try:
    make1(P, 1)
except TypeError as e:
    print(e)
# expect: P() takes no arguments
