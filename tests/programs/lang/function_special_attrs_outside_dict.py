# A function's special attributes (__name__, __qualname__, __doc__,
# __module__, __annotations__) are not in its __dict__, even when
# assigned; the repr and argument errors use an assigned __qualname__.
def h(a: int, b=2):
    pass

print(vars(h), h.__annotations__)
h.__qualname__ = "Outer.renamed"
h.__name__ = "renamed"
h.__doc__ = "Documented."
h.__module__ = "elsewhere"
h.custom = 1
print(vars(h))
print(h.__qualname__, h.__name__, h.__doc__, h.__module__)
print(repr(h).split(" at ")[0])
try:
    h()
except TypeError as e:
    print(e)
for name, value in [("__name__", 1), ("__qualname__", None), ("__annotations__", [])]:
    try:
        setattr(h, name, value)
    except TypeError as e:
        print(e)
def g():
    pass
g.__annotations__["x"] = int
print(g.__annotations__, vars(g))

class C:
    pass
C.__module__ = "mymod"
print(C, C.__module__, repr(C()).split(" at ")[0])
# expect: {} {'a': <class 'int'>}
# expect: {'custom': 1}
# expect: Outer.renamed renamed Documented. elsewhere
# expect: <function Outer.renamed
# expect: Outer.renamed() missing 1 required positional argument: 'a'
# expect: __name__ must be set to a string object
# expect: __qualname__ must be set to a string object
# expect: __annotations__ must be set to a dict object
# expect: {'x': <class 'int'>} {}
# expect: <class 'mymod.C'> mymod <mymod.C object
