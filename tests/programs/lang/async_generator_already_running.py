# While one anext()/aclose() awaits inside an async generator, another one
# raises CPython's 'asynchronous generator is already running'.
import asyncio

async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i

async def take(g):
    return await anext(g)

async def main():
    g = agen()
    print(await asyncio.gather(take(g), take(g), return_exceptions=True))
    # Taken one after another, each step sees the generator idle.
    print(await take(g), await take(g))
    h = agen()
    first = asyncio.ensure_future(anext(h))
    await asyncio.sleep(0)
    try:
        await h.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)

asyncio.run(main())
# expect: [0, RuntimeError('anext(): asynchronous generator is already running')]
# expect: 1 2
# expect: RuntimeError: aclose(): asynchronous generator is already running
# expect: 0
