# Subclasses of set and frozenset: methods, operators, the ClassName({...}) repr, hashing a frozenset subclass.
class Tags(set):
    def label(self):
        return '/'.join(sorted(self))
t = Tags(['b', 'a'])
t.add('c')
print(t.label(), len(t), 'a' in t, isinstance(t, set), sorted(t | {'z'}), sorted({'z'} | t), t == {'a', 'b', 'c'})
# expect: a/b/c 3 True True ['a', 'b', 'c', 'z'] ['a', 'b', 'c', 'z'] True
t -= {'c'}
print(sorted(t), type(t).__name__, Tags(), repr(Tags([1])), sorted(t & {'a'}), t <= {'a', 'b', 'x'})
# expect: ['a', 'b'] Tags Tags() Tags({1}) ['a'] True
t.discard('a')
print(t, t.issubset({'b'}), sorted(t.union([1, 2], key=None) if False else t.union(['q'])))
# expect: Tags({'b'}) True ['b', 'q']

class Frozen(frozenset):
    pass
f = Frozen([1, 2])
print(f, hash(f) == hash(frozenset([1, 2])), {f: 'ok'}[frozenset([1, 2])], f | {3}, type(f | {3}).__name__)
# expect: Frozen({1, 2}) True ok frozenset({1, 2, 3}) frozenset
