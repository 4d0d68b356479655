# A StopIteration out of the function a builtin iterator calls ends the iteration; a groupby group left behind stays empty.
print(list(map(next, [iter([1]), iter([])])))
print(list(filter(lambda x: next(iter([])) if x else True, [0, 1, 2])))
it = iter([1, 2])
def f():
    return next(it)
print(list(iter(f, None)))
import itertools
groups = itertools.groupby("aabc")
k1, g1 = next(groups); print(next(g1))
k2, g2 = next(groups)
print(list(g1), list(g2))
print(list(itertools.takewhile(lambda x: next(iter([])) if x else True, [0, 1])))
print([(k, list(g)) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
gs = list(itertools.groupby("aaabbc"))
print([(k, list(g)) for k, g in gs])
print(list(itertools.starmap(lambda a: next(iter([])) if a else a, [(0,), (1,), (0,)])))
print(list(itertools.filterfalse(lambda x: next(iter([])) if x == 2 else x, [0, 1, 0, 2, 0])))
print(list(itertools.dropwhile(lambda x: x < 2, [0, 1, 2, 0])))
# expect: [1]
# expect: [0]
# expect: [1, 2]
# expect: a
# expect: [] ['b']
# expect: [0]
# expect: [(1, [1, 1]), (0, [2]), (1, [3, 3, 3])]
# expect: [('a', []), ('b', []), ('c', [])]
# expect: [0]
# expect: [0, 0]
# expect: [2, 0]
