# A whole program of the kind held-out tests use (class_hierarchy), checked against CPython.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
    def describe(self):
        return f"Base.describe({type(self).__name__})"

class A(Base, tag="a"):
    def describe(self):
        return "A>" + super().describe()

class B(Base):
    def describe(self):
        return "B>" + super().describe()

class C(A, B, tag="c"):
    def describe(self):
        return "C>" + super().describe()

print(C().describe())
print([k.__name__ for k in C.__mro__])
print(Base.registry)
print(C.mro() == list(C.__mro__), issubclass(C, B), isinstance(C(), Base))
try:
    class Bad(A, C):
        pass
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15

t = Temperature.from_f(212)
print(t.celsius, t.fahrenheit, Temperature.valid(-300), t.valid(0))
t.celsius = 25
print(t.fahrenheit)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)

class Vector:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vector{self.c}"
    def __str__(self):
        return "<" + ", ".join(map(str, self.c)) + ">"
    def __format__(self, spec):
        if spec.endswith("p"):
            return "(" + ";".join(format(x, spec[:-1]) for x in self.c) + ")"
        return str(self)
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vector(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __bool__(self):
        return any(self.c)
    def __iadd__(self, o):
        print("iadd called")
        return self + o

v, w = Vector(1, 2), Vector(3, 4)
print(v + w, repr(v * 2), 3 * v, -v, abs(w), sum([v, w]), v == Vector(1, 2), v != w)
print(f"{w:.2fp}", f"{w}", format(v, ""), len(v), v[-1], list(v), bool(Vector(0, 0)))
print({v, Vector(1, 2), w} == {v, w})
v += w
print(v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - v
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
# expect: C>A>B>Base.describe(C)
# expect: ['C', 'A', 'B', 'Base', 'object']
# expect: [('A', 'a'), ('B', None), ('C', 'c')]
# expect: True True True
# expect: TypeError: Cannot create a consistent method resolution
# expect: order (MRO) for bases A, C
# expect: 100.0 212.0 False True
# expect: 77.0
# expect: ValueError: below absolute zero
# expect: AttributeError: property 'fahrenheit' of 'Temperature' object has no setter
# expect: deleting
# expect: AttributeError: 'Temperature' object has no attribute '_c'
# expect: <4, 6> Vector(2, 4) <3, 6> <-1, -2> 5.0 <4, 6> True True
# expect: (3.00;4.00) <3, 4> <1, 2> 2 2 [1, 2] False
# expect: True
# expect: iadd called
# expect: <4, 6>
# expect: TypeError: unsupported operand type(s) for +: 'Vector' and 'int'
# expect: TypeError: unsupported operand type(s) for -: 'int' and 'Vector'
# expect: TypeError: unhashable type: 'NoHash'
# expect: None
