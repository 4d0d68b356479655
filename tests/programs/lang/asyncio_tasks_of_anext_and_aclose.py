# What anext(), asend() and aclose() return is a coroutine to asyncio, as in
# CPython: gather, create_task and ensure_future run it.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    g = agen(3)
    print(await asyncio.gather(anext(g), anext(agen(0), "default")))
    print(await asyncio.create_task(anext(g)))
    print(asyncio.iscoroutine(anext(g, None)), asyncio.iscoroutine(g.asend(None)), asyncio.iscoroutine(g))
    await asyncio.ensure_future(g.aclose())
    print(await anext(g, "closed"))

asyncio.run(main())
# expect: [0, 'default']
# expect: 1
# expect: True True False
# expect: closed
