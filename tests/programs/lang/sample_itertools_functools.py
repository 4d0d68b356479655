# A whole program of the kind held-out tests use (itertools_functools), checked against CPython.
import itertools as it
import functools
import operator
from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
# expect: [1, 3, 6, 10] [10, 10, 20, 60]
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable([[1, 2], [3]])))
# expect: ['a', 'b', 1] [1, 2, 3]
print(list(it.combinations("abcd", 2)), len(list(it.combinations_with_replacement(range(4), 3))))
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] 20
print(list(it.permutations([1, 2, 3], 2)), list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
# expect: [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)] [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [(1, 'x'), (1, 'y'), (2, 'x'), (2, 'y')]
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
# expect: ['a', 'c', 'e'] [4, 2, 1] [1, 2]
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1]), key=lambda x: x % 2)])
# expect: [('a', ['a', 'a', 'a']), ('b', ['b']), ('c', ['c', 'c']), ('d', ['d']), ('a', ['a', 'a'])] [(1, 2), (0, 1), (1, 2)]
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("z", 3)), list(it.islice("abcdefg", 1, None, 2)))
# expect: [10, 15, 20, 25] ['x', 'y', 'x', 'y', 'x'] ['z', 'z', 'z'] ['b', 'd', 'f']
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("abc", [1], fillvalue="-")), list(it.filterfalse(str.isdigit, "a1b2")))
# expect: [32, 9] [('a', 1), ('b', '-'), ('c', '-')] ['a', 'b']
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.pairwise("abcd")))
# expect: [1, 2, 3] [1, 2, 3] [('a', 'b'), ('b', 'c'), ('c', 'd')]
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda x, y: x * y, [], 1))
# expect: 10 1
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: reduce() of empty iterable with no initial value
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls), fib.cache_info())
# expect: 23416728348467685 81 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
fib.cache_clear()
print(fib.cache_info())
# expect: CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(("sq", x))
    return x * x
calls.clear()
for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(calls, sq.cache_info())
# expect: [('sq', 1), ('sq', 2), ('sq', 3), ('sq', 2), ('sq', 1)] CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
p = functools.partial(int, base=2)
print(p("1011"), p.func is int, p.keywords, functools.partial(max, 5)(3, 9))
# expect: 11 True {'base': 2} 9
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def documented(x):
    "The doc."
    return x
print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__(2))
# expect: ('wrapped', 1) documented The doc. 2
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(5), operator.methodcaller("upper")("x"), sorted([(1, "b"), (0, "c")], key=operator.itemgetter(1)))
# expect: ('b', 'a') 5 X [(1, 'b'), (0, 'c')]
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5])
# expect: Counter({'i': 4, 's': 4, 'p': 2, 'm': 1}) [('i', 4), ('s', 4)] 0 ['i', 'i', 'i', 'i', 'm']
c.update("ss"); c.subtract({"i": 10})
print(c, +c, c - Counter("s"), Counter(a=1) + Counter(a=2, b=1), c.total())
# expect: Counter({'s': 6, 'p': 2, 'm': 1, 'i': -6}) Counter({'s': 6, 'p': 2, 'm': 1}) Counter({'s': 5, 'p': 2, 'm': 1}) Counter({'a': 3, 'b': 1}) 3
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
# expect: defaultdict(<class 'list'>, {'x': [1, 3], 'y': [2], 'missing': []}) {'x': [1, 3], 'y': [2]} [] 3
ddi = defaultdict(int)
for ch in "hello":
    ddi[ch] += 1
print(sorted(ddi.items()), repr(defaultdict(None)))
# expect: [('e', 1), ('h', 1), ('l', 2), ('o', 1)] defaultdict(None, {})
dq = deque([1, 2, 3], maxlen=4)
dq.append(4); dq.append(5); dq.appendleft(0)
print(dq, dq.maxlen)
# expect: deque([0, 2, 3, 4], maxlen=4) 4
dq.rotate(1); print(dq); dq.rotate(-2); print(dq)
# expect: deque([4, 0, 2, 3], maxlen=4)
# expect: deque([2, 3, 4, 0], maxlen=4)
dq.extendleft([9, 8]); print(dq, dq.popleft(), dq.pop(), dq.count(8), dq[0], dq[-1])
# expect: deque([9, 2], maxlen=4) 8 3 0 9 2
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
    # expect: IndexError: pop from an empty deque
od = OrderedDict.fromkeys("abc")
od.move_to_end("a"); od.move_to_end("c", last=False)
print(od, od.popitem(last=False), list(od))
# expect: OrderedDict([('b', None), ('a', None)]) ('c', None) ['b', 'a']
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
pt = Point(1, y=2)
print(pt, pt.x + pt[1], pt._asdict(), pt._replace(x=9), Point._fields, P3(1, 2), Point._make([5, 6]))
# expect: Point(x=1, y=2) 3 {'x': 1, 'y': 2} Point(x=9, y=2) ('x', 'y') P3(x=1, y=2, z=0) Point(x=5, y=6)
x, y = pt
print(x, y, pt == (1, 2), isinstance(pt, tuple))
# expect: 1 2 True True
try:
    pt.x = 5
except AttributeError as e:
    print("AttributeError raised")
    # expect: AttributeError raised
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"])
# expect: 1 3 2 ['a', 'b'] 4
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")
# expect: [3, 3, 4, 4, 5] no batched
