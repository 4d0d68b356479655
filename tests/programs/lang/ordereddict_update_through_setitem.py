# OrderedDict fills itself through self[key] = value, as CPython's mutablemapping_update: a subclass's __setitem__ sees the constructor's and update's items; its argument errors are CPython's.
from collections import OrderedDict
class OD(OrderedDict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
o = OD([("a", 1)], z=0)
o.update(b=2)
o.update({"c": 3})
o["d"] = 4
print(o)
p = OrderedDict([("x", 1)], y=2)
p.update([("z", 3)])
print(p, OrderedDict(), OrderedDict({"k": 1}))
try:
    OrderedDict([1])
except TypeError as e:
    print("TypeError", e)
try:
    OrderedDict(1, 2)
except TypeError as e:
    print("TypeError", e)
print(OrderedDict.fromkeys("ab"), o.copy())
class Plain(OrderedDict):
    pass
print(Plain(a=1), Plain([("b", 2)]))
for f in [lambda: OrderedDict().update(1, 2), lambda: OrderedDict([(1, 2, 3)]), lambda: OrderedDict(5), lambda: OrderedDict([[1]]), lambda: OrderedDict([[]])]:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
# expect: set a
# expect: set z
# expect: set b
# expect: set c
# expect: set d
# expect: OD([('a', 1), ('z', 0), ('b', 2), ('c', 3), ('d', 4)])
# expect: OrderedDict([('x', 1), ('y', 2), ('z', 3)]) OrderedDict() OrderedDict([('k', 1)])
# expect: TypeError 'int' object is not iterable
# expect: TypeError expected at most 1 arguments, got 2
# expect: set a
# expect: set z
# expect: set b
# expect: set c
# expect: set d
# expect: OrderedDict([('a', None), ('b', None)]) OD([('a', 1), ('z', 0), ('b', 2), ('c', 3), ('d', 4)])
# expect: Plain([('a', 1)]) Plain([('b', 2)])
# expect: TypeError update() takes at most 1 positional argument (2 given)
# expect: ValueError too many values to unpack (expected 2)
# expect: TypeError 'int' object is not iterable
# expect: ValueError need more than 1 value to unpack
# expect: ValueError need more than 0 values to unpack
