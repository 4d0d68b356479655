# An await inside the target of for, with, async with and async for: each item (or entered value) is stored after the target's own awaits run.
import asyncio
import contextlib

async def k(v=1):
    await asyncio.sleep(0)
    return v

@contextlib.contextmanager
def cm():
    yield "entered"

@contextlib.asynccontextmanager
async def acm():
    yield "async entered"

async def agen():
    for i in range(2):
        yield i * 10

async def main():
    items = [0, 0]
    for items[await k()] in [5, 6]:
        print(items)
    for i, items[await k(0)] in enumerate("ab"):
        print(i, items)
    with cm() as items[await k()]:
        print(items)
    async with acm() as items[await k(0)]:
        print(items)
    async for items[await k()] in agen():
        print(items)
    d = {}
    for d[await k("key")] in range(3):
        pass
    print(d)

asyncio.run(main())
# expect: [0, 5]
# expect: [0, 6]
# expect: 0 ['a', 6]
# expect: 1 ['b', 6]
# expect: ['b', 'entered']
# expect: ['async entered', 'entered']
# expect: ['async entered', 0]
# expect: ['async entered', 10]
# expect: {'key': 2}
