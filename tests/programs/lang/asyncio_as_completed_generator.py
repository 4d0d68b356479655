# as_completed is a generator, as CPython's: nothing is scheduled before
# the first next(); each item is an awaitable of the next result.
import asyncio

async def work(d, tag):
    await asyncio.sleep(d)
    print("finished", tag)
    return tag

async def main():
    it = asyncio.as_completed([work(0.02, "slow"), work(0.01, "fast")])
    print(type(it).__name__)
    first = await next(it)
    print("first", first)
    for c in it:
        print("then", await c)
    lone = work(0, "x")
    try:
        for c in asyncio.as_completed(lone):
            pass
    except TypeError as e:
        print("TypeError:", e)
    lone.close()
    try:
        for c in asyncio.as_completed([work(1, "late")], timeout=0.01):
            await c
    except TimeoutError:
        print("timed out")

asyncio.run(main())
# expect: generator
# expect: finished fast
# expect: first fast
# expect: finished slow
# expect: then slow
# expect: TypeError: expect an iterable of futures, not coroutine
# expect: timed out
