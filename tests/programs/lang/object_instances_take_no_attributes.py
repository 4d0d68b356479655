# A bare object() has no __dict__: setting an attribute raises AttributeError.
o = object()
for name in ("x", "__dict__"):
    try:
        setattr(o, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
        # expect: AttributeError: 'object' object has no attribute 'x'
        # expect: AttributeError: 'object' object has no attribute '__dict__'
try:
    o.y = 2
except AttributeError as e:
    print("AttributeError:", e)
    # expect: AttributeError: 'object' object has no attribute 'y'
class C:
    pass
c = C()
c.y = 2
print(c.y, hasattr(o, "__dict__"), hasattr(c, "__dict__"))
# expect: 2 False True
class S:
    __slots__ = ("a",)
s = S()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
    # expect: AttributeError: 'S' object has no attribute 'b'
