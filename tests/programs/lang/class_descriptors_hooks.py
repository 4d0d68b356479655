# Descriptors written in Python (__get__/__set__/__delete__, __set_name__),
# __init_subclass__, __class_getitem__, __getattr__/__setattr__ hooks, type().
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__)
try:
    p.x = "a"
except TypeError as e:
    print(e)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A(Base): pass
class B(A): pass
print(Base.registry)
class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
l = Lazy()
print(l.get_thing(), hasattr(l, "other"))
class Audit:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
a = Audit(); a.v = 1; del a.v; print(hasattr(a, "v"))
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Single(1), Single(2)
print(s1 is s2, s1.v)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class C:
    def __init__(self): self.a = 1
print(C(), repr(C()))
D = type("D", (C,), {"b": 2, "hello": lambda self: "hi"})
d = D(); print(d.b, d.hello(), D.__name__, D.__mro__[1].__name__, isinstance(d, C))
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented if not isinstance(o, Num) else self.v == o.v
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __round__(self, n=None): return round(self.v / 3, n)
    def __repr__(self): return f"Num({self.v})"
n = Num(5)
print(Num(1) == Num(1), Num(1) == 1, 10 + n, [1, 2, 3, 4, 5, 6][n], int(n), float(n), round(n, 2), hex(n), bin(n))
n += 3; print(n)
class Bag:
    def __init__(self, *items): self.items = items
    def __iter__(self): return iter(self.items)
    def __reversed__(self): return iter(self.items[::-1])
print(2 in Bag(1, 2), 5 in Bag(1), list(reversed(Bag(1, 2, 3))), sorted(Bag(3, 1, 2)))
class GA:
    def __class_getitem__(cls, item): return f"GA[{item.__name__}]"
print(GA[int])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Cmp(1) < Cmp(2), Cmp(3) > Cmp(2), Cmp(1) >= Cmp(1), sorted([Cmp(3), Cmp(1)], key=lambda c: c.v)[0].v, max(Cmp(1), Cmp(5)).v)
print(object().__class__.__name__, type(type).__name__, type(None).__name__, type(print).__name__, type(len).__name__, type(lambda: 0).__name__)
class Ro:
    def __get__(self, obj, objtype=None):
        return "computed"
class HasRo:
    attr = Ro()
h = HasRo()
print(h.attr, HasRo.attr)
h.attr = "own"
print(h.attr)
class Del:
    def __get__(self, obj, t=None): return 1
    def __delete__(self, obj): print("deleting")
class HasDel:
    d = Del()
hd = HasDel()
del hd.d
print(hd.d)
try:
    class Plain: pass
    Plain[int]
except TypeError as e:
    print(e)
class KwBase:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Bad(KwBase):
        pass
    print("ok")
except TypeError as e:
    print(e)
# expect: 1 2 Typed
# expect: x must be int
# expect: [('A', None), ('B', None)]
# expect: thing False
# expect: set v 1
# expect: del v
# expect: False
# expect: True 2
# expect: <C {'a': 1}> <C {'a': 1}>
# expect: 2 hi D C True
# expect: True False Num(15) 6 5 5.0 1.67 0x5 0b101
# expect: Num(8)
# expect: True False [3, 2, 1] [1, 2, 3]
# expect: GA[int]
# expect: True True True 1 5
# expect: object type NoneType builtin_function_or_method builtin_function_or_method function
# expect: computed computed
# expect: own
# expect: deleting
# expect: 1
# expect: type 'Plain' is not subscriptable
# expect: ok
