# copy.copy and copy.deepcopy of list, dict and tuple subclasses (attributes, items, namedtuple __getnewargs__) and of the collections classes.
import copy
from collections import Counter, defaultdict, OrderedDict, namedtuple
class L(list):
    pass
l = L([1, [2]])
l.tag = 'x'
c = copy.copy(l)
d = copy.deepcopy(l)
print(type(c).__name__, c, c.tag, type(d).__name__, d, d[1] is l[1], c[1] is l[1])
# expect: L [1, [2]] x L [1, [2]] False True
cnt = Counter('aab')
print(copy.copy(cnt), copy.deepcopy(cnt), type(copy.copy(cnt)).__name__)
# expect: Counter({'a': 2, 'b': 1}) Counter({'a': 2, 'b': 1}) Counter
dd = defaultdict(list, a=[1])
dc = copy.deepcopy(dd)
print(dc, dc['a'] is dd['a'], dc.default_factory)
# expect: defaultdict(<class 'list'>, {'a': [1]}) False <class 'list'>
P = namedtuple('P', 'x y')
print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
# expect: P(x=1, y=[2]) P(x=1, y=[2])
od = OrderedDict(a=1)
print(copy.copy(od))
# expect: OrderedDict([('a', 1)])
