class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", mcs.__name__, name, bases, kwargs)
        return Recorder()
    def __new__(mcs, name, bases, ns, **kwargs):
        print("new", name, ns.order)
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls._order = [k for k in ns.order if not k.startswith('__')]
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    """doc"""
    x = 1
    def f(self): return 2
    y = x + 1
    x = 5

print(A._order, A.x, A.y, A().f(), A.__qualname__, A.__doc__)

class B(A):
    z = 3
print(B._order, type(B).__name__)

class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)

class Strict(type):
    def __prepare__(name, bases):
        return NoDup()

try:
    class C(metaclass=Strict):
        def a(self): pass
        def a(self): pass
except TypeError as e:
    print("error:", e)

class Mapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v):
        print("set", k)
        self.d[k] = v
class M2(type):
    def __prepare__(name, bases):
        return Mapping()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns.d)
class D(metaclass=M2):
    v = 1
    w = v + 1
print(D.w, D.__qualname__)

class Bad(type):
    def __prepare__(name, bases):
        return 3
try:
    class E(metaclass=Bad):
        pass
except TypeError as e:
    print(e)

class Outer:
    class Inner:
        pass
    class Renamed:
        __qualname__ = "Custom.Name"
print(Outer.Inner.__qualname__, Outer.Renamed.__qualname__, "__qualname__" in Outer.Inner.__dict__)
print(type.__prepare__("X", ()))
class Pm(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["injected"] = 42
        return ns
class F(metaclass=Pm):
    pass
print(F.injected)
# expect: prepare Meta A () {'flag': True}
# expect: new A ['__module__', '__qualname__', '__doc__', 'x', 'f', 'y', 'x']
# expect: ['x', 'f', 'y', 'x'] 5 2 2 A doc
# expect: prepare Meta B (<class '__main__.A'>,) {}
# expect: new B ['__module__', '__qualname__', 'z']
# expect: ['z'] Meta
# expect: error: duplicate a
# expect: set __module__
# expect: set __qualname__
# expect: set v
# expect: set w
# expect: 2 D
# expect: Bad.__prepare__() must return a mapping, not int
# expect: Outer.Inner Custom.Name False
# expect: {}
# expect: 42
