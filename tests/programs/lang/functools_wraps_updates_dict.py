import functools
def orig():
    "doc of orig"
orig.custom = 5
orig.calls = []
@functools.wraps(orig)
def w(): pass
print(getattr(w, "custom", "MISSING"), w.calls is orig.calls, w.__doc__, w.__wrapped__ is orig, w.__name__)
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
@deco
def g(x):
    return x + 1
print(g(1), g.__wrapped__.__wrapped__ is not None, g.__name__)
class Callable:
    def __call__(self): return 3
c = Callable()
c.tag = "t"
def h(): pass
functools.update_wrapper(h, c)
print(h.tag, h.__wrapped__ is c)
def k(): pass
functools.update_wrapper(k, orig, updated=())
print(hasattr(k, "custom"))
# expect: 5 True doc of orig True orig
# expect: 2 True g
# expect: t True
# expect: False
