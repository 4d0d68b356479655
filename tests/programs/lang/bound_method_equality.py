# Bound methods compare and hash by function and receiver identity, as in CPython.
class A:
    def m(self): pass
    def n(self): pass
a, b = A(), A()
print(a.m == a.m, a.m != a.m, a.m == b.m, a.m == a.n, hash(a.m) == hash(a.m))
handlers = [a.m, b.m]
handlers.remove(b.m)
print(len(handlers), a.m in handlers, b.m in handlers)
d = {a.m: 1}
print(d[a.m], a.m in {a.m})
l = [1]
print(l.append == l.append, l.append == [].append, l.append == l.pop, str.upper == str.upper, str.upper == str.lower)
print(len.__eq__(len), len == len, print == len)
# expect: True False False False True
# expect: 1 True False
# expect: 1 True
# expect: True False False True False
# expect: True True False
