# Frames of standard-library code that CPython implements in C (operator, itertools, bisect, heapq's core, functools.reduce/partial/lru_cache/cmp_to_key) stay out of tracebacks.
import bisect
import functools
import heapq
import itertools
import operator
import traceback

class Odd:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        raise ValueError("no order")

def boom(*args):
    raise KeyError("boom")

@functools.lru_cache(maxsize=None)
def cached(n):
    if n == 0:
        raise RuntimeError("bottom")
    return cached(n - 1)

cases = [
    ("operator.truediv", lambda: operator.truediv(1, 0)),
    ("operator.itemgetter", lambda: operator.itemgetter(5)([1])),
    ("functools.reduce", lambda: functools.reduce(boom, [1, 2, 3])),
    ("functools.partial", lambda: functools.partial(boom, 1)()),
    ("lru_cache", lambda: cached(3)),
    ("cmp_to_key", lambda: sorted([1, 2], key=functools.cmp_to_key(boom))),
    ("heapq.heappush", lambda: heapq.heappush([Odd(1)], Odd(2))),
    ("bisect.insort", lambda: bisect.insort([Odd(1)], Odd(2))),
    ("itertools.starmap", lambda: list(itertools.starmap(boom, [(1,)]))),
    ("itertools.accumulate", lambda: list(itertools.accumulate([1, 2], boom))),
]
for name, run in cases:
    try:
        run()
    except Exception as e:
        print(name, type(e).__name__, [f.name for f in traceback.extract_tb(e.__traceback__)])
# expect: operator.truediv ZeroDivisionError ['<module>', '<lambda>']
# expect: operator.itemgetter IndexError ['<module>', '<lambda>']
# expect: functools.reduce KeyError ['<module>', '<lambda>', 'boom']
# expect: functools.partial KeyError ['<module>', '<lambda>', 'boom']
# expect: lru_cache RuntimeError ['<module>', '<lambda>', 'cached', 'cached', 'cached', 'cached']
# expect: cmp_to_key KeyError ['<module>', '<lambda>', 'boom']
# expect: heapq.heappush ValueError ['<module>', '<lambda>', '__lt__']
# expect: bisect.insort ValueError ['<module>', '<lambda>', '__lt__']
# expect: itertools.starmap KeyError ['<module>', '<lambda>', 'boom']
# expect: itertools.accumulate KeyError ['<module>', '<lambda>', 'boom']
