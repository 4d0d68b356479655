# getattr with a default and hasattr: missing attributes, properties that
# raise, __getattr__ hooks (called once), modules and classes.
import math

class P:
    calls = 0
    @property
    def gone(self):
        raise AttributeError("gone")
    @property
    def broken(self):
        raise ValueError("broken")
    def __getattr__(self, name):
        P.calls += 1
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(name)

p = P()
p.x = 1
print(getattr(p, "x", 0), getattr(p, "y", "default"), getattr(p, "gone", "d2"))
# expect: 1 default d2
print(getattr(p, "dyn_a", None), P.calls)
# expect: DYN_A 3
print(hasattr(p, "x"), hasattr(p, "nope"), hasattr(p, "gone"), hasattr(p, "dyn"))
# expect: True False False True
try:
    getattr(p, "broken", None)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: broken
print(getattr(math, "pi", 0) > 3, getattr(math, "nope", "none"), hasattr(math, "tau"))
# expect: True none True
print(getattr(int, "real", None) is not None, getattr(int, "nope", 7), hasattr(str, "join"))
# expect: True 7 True
try:
    getattr(object(), "missing")
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'object' object has no attribute 'missing'
