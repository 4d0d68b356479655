# __getattr__ is consulted only for missing attributes; __setattr__ intercepts stores.
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn:" + name
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "nope"))
# expect: real dyn:xyz dyn:xa False
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: no nope
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
l = Logged()
l.v = 21
# expect: set v 21
print(l.v)
# expect: 42
