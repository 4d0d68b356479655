# OrderedDict, ChainMap and deque that contain themselves show `...` (or `[...]`) there, as CPython's.
from collections import OrderedDict, ChainMap, deque

o = OrderedDict(a=1)
o["o"] = o
print(o)
m = {}
c = ChainMap(m)
m["c"] = c
print(c)
c2 = ChainMap({"a": 1}, {"b": 2})
c2.maps.append(c2)
print(c2)
o2 = OrderedDict()
o3 = OrderedDict(o2=o2)
o2["o3"] = o3
print(o2, o3)
print([o])


class MyOD(OrderedDict):
    pass


mo = MyOD(k=1)
mo["self"] = mo
print(mo)
print(OrderedDict(), ChainMap(), OrderedDict.__repr__.__qualname__, ChainMap.__repr__.__qualname__)

d = deque([1])
d.append(d)
print(d)
d2 = deque([d, 2], maxlen=5)
d2.append(d2)
print(d2)
print(deque([[d2]]))

import functools
print(functools.recursive_repr.__module__)
# expect: OrderedDict([('a', 1), ('o', ...)])
# expect: ChainMap({'c': ...})
# expect: ChainMap({'a': 1}, {'b': 2}, ...)
# expect: OrderedDict([('o3', OrderedDict([('o2', ...)]))]) OrderedDict([('o2', OrderedDict([('o3', ...)]))])
# expect: [OrderedDict([('a', 1), ('o', ...)])]
# expect: MyOD([('k', 1), ('self', ...)])
# expect: OrderedDict() ChainMap({}) OrderedDict.__repr__ ChainMap.__repr__
# expect: deque([1, [...]])
# expect: deque([deque([1, [...]]), 2, [...]], maxlen=5)
# expect: deque([[deque([deque([1, [...]]), 2, [...]], maxlen=5)]])
# expect: reprlib
