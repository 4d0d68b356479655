# Messages name the classes CPython writes in C with their module:
# '_asyncio.Future', 'collections.deque'; __name__ stays short.
import asyncio
from collections import deque
print(asyncio.Future, asyncio.Task, asyncio.Future.__name__, asyncio.Future.__module__, asyncio.Future.__qualname__)
# expect: <class '_asyncio.Future'> <class '_asyncio.Task'> Future _asyncio Future
try:
    asyncio.Future.foo
except AttributeError as e: print(e)
# expect: type object '_asyncio.Future' has no attribute 'foo'
d = deque([1, 2])
try:
    d.nope
except AttributeError as e:
    print(e)
    # expect: 'collections.deque' object has no attribute 'nope'
try:
    d + 1
except TypeError as e:
    print(e)
    # expect: can only concatenate deque (not "int") to deque
try:
    d()
except TypeError as e:
    print(e)
    # expect: 'collections.deque' object is not callable
print(type(d), type(d).__name__)
# expect: <class 'collections.deque'> deque
