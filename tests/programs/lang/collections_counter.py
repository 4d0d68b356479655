# collections.Counter: counting, most_common, elements, arithmetic and comparison operators, update/subtract, the repr.
from collections import Counter

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
# expect: Counter({'the': 3, 'and': 2, 'cat': 1, 'hat': 1, 'bat': 1})
print(c.most_common(2), c['dog'], c.total(), 'dog' in c, len(c))
# expect: [('the', 3), ('and', 2)] 0 8 False 5
c.update(['dog', 'the'])
print(c.most_common(3), c.most_common(0))
# expect: [('the', 4), ('and', 2), ('cat', 1)] []
c2 = Counter(a=3, b=1)
c3 = Counter({'a': 1, 'b': 2, 'c': 0})
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
# expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2}) Counter({'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1})
print(sorted(c2.elements()), Counter('abracadabra').most_common())
# expect: ['a', 'a', 'a', 'b'] [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)]
print(Counter(), repr(Counter('aab')), c2 == Counter(b=1, a=3), c2 == {'a': 3, 'b': 1}, Counter(a=1) <= c2)
# expect: Counter() Counter({'a': 2, 'b': 1}) True True True
c2.subtract(a=5)
print(c2, +c2, -c2)
# expect: Counter({'b': 1, 'a': -2}) Counter({'b': 1}) Counter({'a': 2})
del c2['zz']
print(list(c2.keys()), c2.copy(), type(c2.copy()).__name__)
# expect: ['a', 'b'] Counter({'b': 1, 'a': -2}) Counter
c4 = Counter('hello')
c4 += Counter('lol')
print(c4)
# expect: Counter({'l': 4, 'o': 2, 'h': 1, 'e': 1})
c4 -= Counter(l=10)
print(c4)
# expect: Counter({'o': 2, 'h': 1, 'e': 1})
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
    # expect: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
letters = Counter()
for ch in "mississippi":
    letters[ch] += 1
print(letters, max(letters, key=letters.get), sorted(letters.values()))
# expect: Counter({'i': 4, 's': 4, 'p': 2, 'm': 1}) i [1, 2, 4, 4]
