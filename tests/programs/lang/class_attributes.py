# Class vs instance attributes, getattr/setattr/hasattr/delattr, AttributeError.
class C:
    shared = []
    def __init__(self):
        self.own = 1
a, b = C(), C()
a.shared.append("x")
print(b.shared, a.own, C.shared is a.shared)
# expect: ['x'] 1 True
setattr(a, "dyn", 42)
print(getattr(a, "dyn"), getattr(a, "nope", "default"), hasattr(a, "dyn"), hasattr(b, "dyn"))
# expect: 42 default True False
delattr(a, "dyn")
print(hasattr(a, "dyn"))
# expect: False
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'C' object has no attribute 'missing'
try:
    getattr(a, "nope")
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'C' object has no attribute 'nope'
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'int' object has no attribute 'foo'
try:
    C.nothing
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: type object 'C' has no attribute 'nothing'
print(sorted(vars(b)), type(a).__name__, C.__name__, C.__qualname__)
# expect: ['own'] C C C
