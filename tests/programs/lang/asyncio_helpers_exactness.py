# PriorityQueue orders with `<` only (heapq's algorithms, so ties leave as
# in CPython); TaskGroup's repr tells its state; iscoroutinefunction sees
# through bound methods and partials; iscoroutine accepts a generator.
import asyncio
import functools
from dataclasses import dataclass, field


class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name

    def __lt__(self, other):
        return self.p < other.p


@dataclass(order=True)
class Item:
    priority: int
    label: str = field(compare=False)


async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(2, "b"), (1, "a"), (3, "c"), (2, "d"), (1, "e"), (2, "f")]:
        q.put_nowait(Job(p, n))
    print([q.get_nowait().name for _ in range(6)])
    q2 = asyncio.PriorityQueue()
    for p, n in [(2, "b"), (1, "a"), (2, "c"), (2, "x"), (0, "z")]:
        await q2.put(Item(p, n))
    print([(await q2.get()).label for _ in range(5)])
    q3 = asyncio.PriorityQueue()
    q3.put_nowait((1, {}))
    try:
        q3.put_nowait((1, []))
    except TypeError as e:
        print("TypeError:", e)

    tg = asyncio.TaskGroup()
    print(repr(tg))
    early = asyncio.sleep(0)
    try:
        tg.create_task(early)
    except RuntimeError as e:
        print(e)
    early.close()
    async with tg:
        print(repr(tg))
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
    print(repr(tg))


class A:
    async def m(self):
        pass

    def plain(self):
        pass


async def c(x):
    pass


def gen():
    yield


print(asyncio.iscoroutinefunction(A().m), asyncio.iscoroutinefunction(functools.partial(c, 1)))
print(asyncio.iscoroutinefunction(A().plain), asyncio.iscoroutinefunction(functools.partial(len)), asyncio.iscoroutinefunction(c))
g = gen()
print(asyncio.iscoroutine(g), asyncio.iscoroutine(gen), asyncio.iscoroutine(1))
co = c(1)
print(asyncio.iscoroutine(co))
co.close()
asyncio.run(main())
# expect: True True
# expect: False False True
# expect: True False False
# expect: True
# expect: ['a', 'e', 'f', 'b', 'd', 'c']
# expect: ['z', 'a', 'c', 'x', 'b']
# expect: TypeError: '<' not supported between instances of 'list' and 'dict'
# expect: <TaskGroup>
# expect: TaskGroup <TaskGroup> has not been entered
# expect: <TaskGroup entered>
# expect: <TaskGroup tasks=1 entered>
# expect: <TaskGroup entered>
