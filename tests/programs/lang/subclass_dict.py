# A dict subclass: __missing__, overridden __setitem__/__getitem__ reached by super(), attributes, fromkeys, | and |=.
class Tally(dict):
    def __missing__(self, k):
        return 0
t = Tally()
for w in "a b a c b a".split():
    t[w] += 1
print(t, len(t), isinstance(t, dict), type(t).__name__, t == {'a': 3, 'b': 2, 'c': 1})
# expect: {'a': 3, 'b': 2, 'c': 1} 3 True Tally True
print(sorted(t.items(), key=lambda kv: -kv[1]), dict(t), {**t}, max(t, key=t.get), t.get('zz'))
# expect: [('a', 3), ('b', 2), ('c', 1)] {'a': 3, 'b': 2, 'c': 1} {'a': 3, 'b': 2, 'c': 1} a None

def keywords(**k):
    return k
print(keywords(**t), list(t), list(reversed(t)), 'a' in t, t['missing'], 'missing' in t)
# expect: {'a': 3, 'b': 2, 'c': 1} ['a', 'b', 'c'] ['c', 'b', 'a'] True 0 False

class Logged(dict):
    def __init__(self, tag, **kw):
        super().__init__(**kw)
        self.tag = tag
    def __setitem__(self, k, v):
        print('set', k, v)
        # expect: set b 2
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
g = Logged('x', a=1)
g['b'] = 2
print(g, g.tag, g.items(), g['b'], g.get('b'), g.__dict__)
# expect: {'a': 1, 'b': 2} x dict_items([('a', 1), ('b', 2)]) 20 2 {'tag': 'x'}
g.update(c=3)
print(g, g.pop('a'), g, g.setdefault('d', 4), len(g))
# expect: {'b': 2, 'c': 3, 'd': 4} 1 {'b': 2, 'c': 3, 'd': 4} 4 3
del g['b']
print(g, g.copy(), type(g.copy()).__name__)
# expect: {'c': 3, 'd': 4} {'c': 3, 'd': 4} dict

class OD(dict):
    pass
o = OD.fromkeys(['x', 'y'], 0)
print(o, type(o).__name__, OD(a=1) | {'b': 2}, {'z': 0} | OD(a=1))
# expect: {'x': 0, 'y': 0} OD {'a': 1, 'b': 2} {'z': 0, 'a': 1}
o |= {'w': 9}
print(o, type(o).__name__, dict.get(o, 'w'), dict.__len__(o))
# expect: {'x': 0, 'y': 0, 'w': 9} OD 9 3
try:
    hash(o)
except TypeError as e:
    print(e)
    # expect: unhashable type: 'OD'
try:
    t['x'] = t['y'] = {}
    print(t['zzz'].missing)
except AttributeError as e:
    print(e)
    # expect: 'int' object has no attribute 'missing'
