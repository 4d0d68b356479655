# A whole program of the kind held-out tests use (descriptors_attrs), checked against CPython.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__, sorted(k for k in vars(p)))
# expect: Ann 30 Typed ['_age', '_name']
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: Person.age must be int, got str

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        # expect: computing area
        return 3 * self.r ** 2

c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
# expect: 12 12 True

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Box:
    pass
b = Box()
px = Proxy(b)
px.x = 5
print(px.x, b.x)
# expect: 5 5
del px.x
print(hasattr(b, "x"), px._log)
# expect: False [('set', 'x'), ('get', 'x'), ('del', 'x')]
try:
    px.missing
except AttributeError as e:
    print("AttributeError:", e)
    # expect: AttributeError: 'Box' object has no attribute 'missing'

class Audited:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits" and not name.startswith("__"):
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
a = Audited()
a.method(); a.method(); getattr(a, "method")
print(a.hits)
# expect: 3

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __call__(self, scale):
        return Matrix([[x * scale for x in row] for row in self.rows])
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.rows)] for row in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __class_getitem__(cls, item):
        return f"Matrix[{item.__name__}]"
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], m[1], 4 in m, 9 in m, m(2), m @ m, Matrix[int])
# expect: 5 [3, 4] True False Matrix([[2, 10], [6, 8]]) Matrix([[16, 25], [15, 31]]) Matrix[int]
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
# expect: [0, 10, 20] True [0, 10, 20]
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
class SubSlotted(Slotted):
    pass
s = SubSlotted(); s.c = 3
print(s.a, s.c, hasattr(Slotted(), "__dict__"))
# expect: 1 3 False
print(getattr(p, "nothing", "default"), hasattr(p, "name"), setattr(p, "name", "Bo"), p.name)
# expect: default True None Bo
class Meta(type):
    def __call__(cls, *a):
        print("Meta call", cls.__name__, a)
        # expect: Meta call WithMeta (7,)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print(WithMeta(7).x, type(WithMeta).__name__)
# expect: 7 Meta
