# object.__init__ and object.__new__ refuse extra arguments as CPython's do.
class C:
    def __init__(self, a):
        super().__init__()
        self.a = a
print(C(1).a)
class D:
    def __init__(self, a):
        super().__init__(a)
try:
    D(1)
except TypeError as e:
    print(e)
class E:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(E(1)).__name__)
class F:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    F(1)
except TypeError as e:
    print(e)
class G:
    pass
try:
    G(1)
except TypeError as e:
    print(e)
try:
    object.__new__(G, 1)
except TypeError as e:
    print(e)
try:
    G().__init__(1)
except TypeError as e:
    print(e)
class H:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.__init__(*a)
        return o
print(type(H(1, 2)).__name__)
class Base:
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x
class Mix:
    def __init__(self, y=0, **kw):
        super().__init__(**kw)
        self.y = y
class Both(Base, Mix):
    pass
b = Both(1, y=2)
print(b.x, b.y)
try:
    Both(1, y=2, z=3)
except TypeError as e:
    print(e)
# expect: 1
# expect: object.__init__() takes exactly one argument (the instance to initialize)
# expect: E
# expect: object.__new__() takes exactly one argument (the type to instantiate)
# expect: G() takes no arguments
# expect: G() takes no arguments
# expect: G.__init__() takes exactly one argument (the instance to initialize)
# expect: H
# expect: 1 2
# expect: object.__init__() takes exactly one argument (the instance to initialize)
