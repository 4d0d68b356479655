# Annotations are evaluated when a function is defined, so the library's
# generic classes must be subscriptable (`__class_getitem__`), as in CPython.
import asyncio, collections, contextlib, functools
from collections.abc import AsyncIterator, Callable, Mapping, Iterator, Generator

async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def worker(q: asyncio.Queue[int]) -> list[int]:
    return [await q.get() for _ in range(q.qsize())]

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print([x async for x in numbers(3)], await worker(q))

asyncio.run(main())
print(AsyncIterator[int], Callable[[int, str], bool], Mapping[str, int], Generator[int, None, None])
print(collections.OrderedDict[str, int], collections.defaultdict[str, list[int]], collections.deque[int])
print(contextlib.AbstractContextManager[int], asyncio.PriorityQueue[int], functools.partial[int])
print(collections.Counter[str]("abca").most_common(1), Iterator[int] == Iterator[int])
# expect: [0, 1, 2] [0, 1, 2]
# expect: collections.abc.AsyncIterator[int] collections.abc.Callable[[int, str], bool] collections.abc.Mapping[str, int] collections.abc.Generator[int, None, None]
# expect: collections.OrderedDict[str, int] collections.defaultdict[str, list[int]] collections.deque[int]
# expect: contextlib.AbstractContextManager[int] asyncio.queues.PriorityQueue[int] functools.partial[int]
# expect: [('a', 2)] True
