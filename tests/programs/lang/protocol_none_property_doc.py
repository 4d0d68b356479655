# `__iter__ = None` and `__reversed__ = None` refuse the protocol; property(doc=...); a failing decorator's caret.
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
class P:
    x = property(lambda self: 1, None, None, "the x prop")
    y = property(lambda self: 2, doc="the y prop")
    z = x.setter(lambda self, v: None)
print(P.x.__doc__, P.y.__doc__, P.z.__doc__, P().x)
def deco(arg):
    def inner(cls):
        raise RuntimeError("bad " + arg)
    return inner
@deco("x")
class Target:
    pass
# expect: 'NoIter' object is not iterable
# expect: 'NoRev' object is not reversible
# expect: the x prop the y prop the x prop 1
# expect error:     @deco("x")
# expect error:      ^^^^^^^^^
# expect error: RuntimeError: bad x
