# aclose() is an awaitable: the generator's cleanup may await; yielding in it is
# CPython's RuntimeError; an __anext__() awaitable cannot be awaited twice.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("cleanup done")

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

async def main():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    print("closed", await anext(g, "exhausted"))
    await g.aclose()
    fresh = agen()
    await fresh.aclose()
    print("fresh closed", await anext(fresh, "exhausted"))
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = catcher()
    await c.__anext__()
    await c.aclose()
    a = agen().__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
# expect: 1
# expect: cleanup done
# expect: closed exhausted
# expect: fresh closed exhausted
# expect: RuntimeError: async generator ignored GeneratorExit
# expect: saw GeneratorExit
# expect: 1
# expect: RuntimeError: cannot reuse already awaited __anext__()/asend()
