# Merging a dict subclass copies its entries directly unless it overrides __iter__ (then keys() and [] are used), as PyDict_Merge does.
class LD(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def keys(self): return ["zz"]
d = LD(); dict.__setitem__(d, "A", 1)
print(dict(d), {**d}, end=" ")
e = {}; e.update(d); print(e)
def f(**kw): return kw
print(f(**d))
class LI(dict):
    def __iter__(self): return iter(["A"])
    def __getitem__(self, k): return 42
li = LI(); dict.__setitem__(li, "A", 1); dict.__setitem__(li, "B", 2)
print(dict(li), {**li})
e = {}; e.update(li); print(e)
print(f(**li))
# expect: {'A': 1} {'A': 1} {'A': 1}
# expect: {'A': 1}
# expect: {'A': 42, 'B': 42} {'A': 42, 'B': 42}
# expect: {'A': 42, 'B': 42}
# expect: {'A': 42, 'B': 42}
