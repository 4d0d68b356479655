# property objects: getter/setter/deleter chaining and fget/fset/fdel attributes.
class C:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 10
    v = property(get_v)
    w = v.setter(set_v)
c = C()
c.w = 3
print(c.v, c.w)
# expect: 30 30
try:
    c.v = 1
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: property 'v' of 'C' object has no setter
class D:
    @property
    def x(self):
        "the x"
        return 1
    @x.getter
    def x(self):
        return 2
print(D().x)
# expect: 2
print(C.v.fget is C.get_v, C.v.fset, C.w.fset is C.set_v, C.w.fdel, type(C.v).__name__)
# expect: True None True None property
