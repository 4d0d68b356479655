# athrow() and aclose() of an async generator that is over return None
# (CPython 3.11); an awaited aclose()/athrow() awaitable cannot be reused.
import asyncio

async def agen():
    yield 1

async def slow():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)

async def main():
    g = agen()
    async for _ in g:
        pass
    print("athrow on exhausted:", await g.athrow(KeyError("k")))
    g2 = agen()
    await g2.aclose()
    print("athrow on closed:", await g2.athrow(ValueError))
    print("aclose on closed:", await g2.aclose())

    g3 = slow()
    print(await anext(g3))
    a = g3.athrow(ValueError)
    try:
        await a
    except ValueError:
        print("thrown")
    print("second await of the same athrow:", await a)

    g4 = agen()
    await anext(g4)
    c = g4.aclose()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    n = g4.__anext__()
    try:
        await n
    except StopAsyncIteration:
        print("anext on closed: StopAsyncIteration")
    try:
        await n
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
# expect: athrow on exhausted: None
# expect: athrow on closed: None
# expect: aclose on closed: None
# expect: 1
# expect: thrown
# expect: second await of the same athrow: None
# expect: RuntimeError: cannot reuse already awaited aclose()/athrow()
# expect: anext on closed: StopAsyncIteration
# expect: RuntimeError: cannot reuse already awaited __anext__()/asend()
