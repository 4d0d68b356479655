# staticmethod, classmethod and property objects have __get__, as CPython's.
cm = classmethod(len); sm = staticmethod(len); p = property(len)
for o in (cm, sm, p):
    print([a for a in ("__get__", "__func__", "__wrapped__", "fget") if hasattr(o, a)])
def f(): pass
print(hasattr(f, "__get__"))
class K:
    def m(self): return self
print(cm.__get__(None, K)([1]) if False else "-")
c2 = classmethod(lambda cls, x: (cls.__name__, x))
print(c2.__get__(None, K)(1), c2.__get__(K())(2), staticmethod(len).__get__(None, K)("ab"))
p2 = property(lambda self: 42)
print(p2.__get__(K()), p2.__get__(None, K) is p2)
try: c2.__get__(None, None)
except TypeError as e: print(e)
# expect: ['__get__', '__func__', '__wrapped__']
# expect: ['__get__', '__func__', '__wrapped__']
# expect: ['__get__', 'fget']
# expect: True
# expect: -
# expect: ('K', 1) ('K', 2) 2
# expect: 42 True
# expect: __get__(None, None) is invalid
