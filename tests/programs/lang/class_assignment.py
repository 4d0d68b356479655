# obj.__class__ = cls switches the class of an instance when both are
# written in the language with the same layout; CPython's TypeErrors
# otherwise.
class A:
    def hello(self): return "A.hello " + str(self.x)
class B:
    def hello(self): return "B.hello " + str(self.x)
    @property
    def y(self): return "B.y"
a = A()
a.x = 1
a.y = 5
print(a.hello(), type(a).__name__, a.y)
# expect: A.hello 1 A 5
a.__class__ = B
print(a.hello(), type(a).__name__, isinstance(a, B), a.y)
# expect: B.hello 1 B True B.y
a.__class__ = A
print(a.hello(), a.y, a.__dict__)
# expect: A.hello 1 5 {'x': 1, 'y': 5}
class S:
    __slots__ = ("x",)
class L(list): pass
for target, val in [(a, 3), (a, S), (a, L), (1, A), ([], L)]:
    try:
        target.__class__ = val
        print("ok", type(target).__name__)
    except TypeError as e:
        print("TypeError:", e)
        # expect: TypeError: __class__ must be set to a class, not 'int' object
        # expect: TypeError: __class__ assignment: 'S' object layout differs from 'A'
        # expect: TypeError: __class__ assignment: 'L' object layout differs from 'A'
        # expect: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
        # expect: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
l = L([1, 2])
class L2(list):
    def first(self): return self[0]
l.__class__ = L2
print(l.first(), l)
# expect: 1 [1, 2]
class E1(Exception): pass
class E2(Exception): pass
e = E1("m")
e.__class__ = E2
print(type(e).__name__, e)
# expect: E2 m
