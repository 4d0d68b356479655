# __len__, __getitem__, __setitem__, __delitem__, __contains__ and __bool__.
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
b = Bag()
b["a"] = 1
b["b"] = 2
print(len(b), b["a"], "a" in b, "z" in b, "z" not in b, bool(b))
# expect: 2 1 True False True True
del b["a"]
print(len(b), "a" in b)
# expect: 1 False
del b["b"]
print(bool(b), "empty" if not b else "full")
# expect: False empty
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), Seq()[1])
# expect: [0, 10, 20] True 10
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Truthy(True)), bool(Truthy(False)), "y" if Truthy(False) else "n")
# expect: True False n
try:
    len(Truthy(1))
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: object of type 'Truthy' has no len()
