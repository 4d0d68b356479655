# `await f(...)` starts the new coroutine directly and frees it when it
# finishes at once; coroutines that escaped elsewhere are left alone.
import asyncio

async def add(a, b):
    return a + b

async def later(x):
    await asyncio.sleep(0)
    return x * 2

async def fails(msg):
    raise ValueError(msg)

async def stops():
    raise StopIteration(1)

class Box:
    def __init__(self, v):
        self.v = v

    async def get(self):
        return self.v

    async def slow_get(self):
        await asyncio.sleep(0)
        return self.v

    def stored(self):
        return self.kept

kept = add(20, 22)

def give_kept():
    return kept

async def main():
    total = 0
    for i in range(1000):
        total += await add(i, 1)
    print(total)
    # expect: 500500
    print(await later(21), await later(await add(1, 2)))
    # expect: 42 6
    try:
        await fails("boom")
    except ValueError as e:
        print("ValueError", e)
    # expect: ValueError boom
    try:
        await stops()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    # expect: RuntimeError coroutine raised StopIteration StopIteration
    b = Box(7)
    print(await b.get(), await b.get(), await b.slow_get())
    # expect: 7 7 7
    # A coroutine reachable from elsewhere is awaited through the usual path
    # and stays valid (and finished) afterwards.
    print(await give_kept())
    # expect: 42
    try:
        await kept
    except RuntimeError as e:
        print("RuntimeError", e)
    # expect: RuntimeError cannot reuse already awaited coroutine
    b.kept = later(5)
    print(await b.stored())
    # expect: 10
    try:
        try:
            raise KeyError("k")
        except KeyError:
            print(await later(1), await add(2, 3))
            raise
    except KeyError as e:
        print("KeyError", e)
    # expect: 2 5
    # expect: KeyError 'k'

asyncio.run(main())
