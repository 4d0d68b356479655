# The functools module: lru_cache and cache (with their statistics), wraps,
# partial, reduce, cmp_to_key, total_ordering, cached_property; vars() of a class.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering, cached_property


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache
def square(x):
    return x * x


print(square(3), square(3), square(4), square.cache_info())
square.cache_clear()
print(square.cache_info())


@lru_cache(maxsize=2)
def ident(x):
    print("computing", x)
    return x


for x in (1, 2, 1, 3, 2, 1):
    ident(x)
print(ident.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info().hits)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) + 1
    return inner


@deco
def add(a, b):
    """Adds."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2))
p = partial(int, base=2)
print(p("101"), partial(pow, 2)(10), partial(partial(max, 5), 7)(1), p.func is int, p.args, p.keywords)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2], 0))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
print(sorted(["bb", "a", "ccc", "dd"], key=cmp_to_key(lambda a, b: len(a) - len(b) or (a > b) - (a < b))))


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), sorted([V(3), V(1)], key=lambda x: x)[0].v)


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.calls)
class A:
    x = 1
    def f(self): pass
print(sorted(k for k in vars(A) if not k.startswith("__")), "x" in A.__dict__, A.__dict__["x"])
# expect: 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
# expect: 9 9 16 CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
# expect: CacheInfo(hits=0, misses=0, maxsize=128, currsize=0)
# expect: computing 1
# expect: computing 2
# expect: computing 3
# expect: computing 2
# expect: computing 1
# expect: CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
# expect: 2432902008176640000 0
# expect: 4 add Adds. 3
# expect: 5 1024 7 True () {'base': 2}
# expect: 120 9
# expect: TypeError: reduce() of empty iterable with no initial value
# expect: ['a', 'bb', 'dd', 'ccc']
# expect: True False True False 1
# expect: 12 12 1
# expect: ['f', 'x'] True 1
