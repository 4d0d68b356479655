# CPython's messages: heapq on a non-list, hash of a slice, sort with too many keyword arguments.
import heapq
for f, args in [(heapq.heappush, ((), 1)), (heapq.heapify, ("abc",)), (heapq.heappop, ((1,),)), (heapq.heappushpop, ({}, 1)), (heapq.heapreplace, (None, 1))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
for call in [lambda: [3, 1].sort(key=int, reverse=None, extra=1), lambda: sorted([3, 1], key=int, reverse=False, extra=1), lambda: [1].sort(extra=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
h = []
for v in [5, 1, 4]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h))
# expect: heappush() argument 1 must be list, not tuple
# expect: heapify() argument must be list, not str
# expect: heappop() argument must be list, not tuple
# expect: heappushpop() argument 1 must be list, not dict
# expect: heapreplace() argument 1 must be list, not None
# expect: unhashable type: 'slice'
# expect: sort() takes at most 2 keyword arguments (3 given)
# expect: sort() takes at most 2 keyword arguments (3 given)
# expect: 'extra' is an invalid keyword argument for sort()
# expect: [4, 5] 1
