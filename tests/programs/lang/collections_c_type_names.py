# Messages name OrderedDict and defaultdict as CPython names its C types; a subclass by its own name.
from collections import OrderedDict, defaultdict, Counter
for f in [lambda: OrderedDict() + 1, lambda: hash(OrderedDict()), lambda: defaultdict() + 1, lambda: hash(defaultdict()), lambda: Counter() @ 1, lambda: OrderedDict().nope]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(OrderedDict.__name__, defaultdict.__qualname__, OrderedDict.__module__, repr(OrderedDict), type(defaultdict(int)).__name__)
print(OrderedDict(a=1), defaultdict(int, a=1))
class M(OrderedDict): pass
try:
    M() + 1
except TypeError as e:
    print(e)
# expect: TypeError unsupported operand type(s) for +: 'collections.OrderedDict' and 'int'
# expect: TypeError unhashable type: 'collections.OrderedDict'
# expect: TypeError unsupported operand type(s) for +: 'collections.defaultdict' and 'int'
# expect: TypeError unhashable type: 'collections.defaultdict'
# expect: TypeError unsupported operand type(s) for @: 'Counter' and 'int'
# expect: AttributeError 'collections.OrderedDict' object has no attribute 'nope'
# expect: OrderedDict defaultdict collections <class 'collections.OrderedDict'> defaultdict
# expect: OrderedDict([('a', 1)]) defaultdict(<class 'int'>, {'a': 1})
# expect: unsupported operand type(s) for +: 'M' and 'int'
