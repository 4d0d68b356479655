# collections.OrderedDict: move_to_end, popitem from either end, order-sensitive equality, the 3.11 repr.
from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
od.move_to_end('b')
print(od, list(od))
# expect: OrderedDict([('a', 2), ('c', 3), ('b', 1)]) ['a', 'c', 'b']
od.move_to_end('c', last=False)
print(od)
# expect: OrderedDict([('c', 3), ('a', 2), ('b', 1)])
print(od.popitem(), od.popitem(last=False), od)
# expect: ('b', 1) ('c', 3) OrderedDict([('a', 2)])
print(OrderedDict(), OrderedDict([(1, 2)]) == {1: 2}, OrderedDict(x=1, y=2))
# expect: OrderedDict() True OrderedDict([('x', 1), ('y', 2)])
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, dict(a) == dict(b), a == dict(b), a != b)
# expect: False True True True
print(OrderedDict.fromkeys('abc', 0), a.copy(), type(a | {'z': 3}).__name__)
# expect: OrderedDict([('a', 0), ('b', 0), ('c', 0)]) OrderedDict([('x', 1), ('y', 2)]) OrderedDict
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
    # expect: KeyError 'dictionary is empty'
