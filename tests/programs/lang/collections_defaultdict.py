# collections.defaultdict: default factories (int, list, nested lambdas), copy, |, the repr, and its errors.
from collections import defaultdict

words = "the cat and the hat and the bat".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts)
# expect: defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1})
print(dict(counts), len(counts), counts['zzz'], 'zzz' in counts, counts.default_factory)
# expect: {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1} 5 0 True <class 'int'>
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups)
# expect: defaultdict(<class 'list'>, {3: ['the', 'cat', 'and', 'the', 'hat', 'and', 'the', 'bat']})
print(sorted(groups.items()), isinstance(groups, dict))
# expect: [(3, ['the', 'cat', 'and', 'the', 'hat', 'and', 'the', 'bat'])] True
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], dict(nested['a']), nested['a'].get('c'), nested.get('q'))
# expect: 2 {'b': 2} None None
copy = counts.copy()
copy['new'] = 1
print(type(copy).__name__, len(copy), len(counts), (counts | {'x': 1})['x'], type(counts | {}).__name__)
# expect: defaultdict 7 6 1 defaultdict
try:
    defaultdict(5)
except TypeError as e:
    print(e)
    # expect: first argument must be callable or None
plain = defaultdict()
try:
    plain['x']
except KeyError as e:
    print('KeyError', e)
    # expect: KeyError 'x'
print(defaultdict(set, a={1}), defaultdict(None, [(1, 2)]))
# expect: defaultdict(<class 'set'>, {'a': {1}}) defaultdict(None, {1: 2})
