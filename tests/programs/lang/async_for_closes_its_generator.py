# Leaving an 'async for' early drops the async generator it made, and as
# CPython's finalizer hook does, the loop closes it in a task at once.
import asyncio
async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "cleanup")
async def main():
    async for n in agen("break"):
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after break")
    async for n in agen("full"):
        pass
    print("after full")
    try:
        async for n in agen("raise"):
            raise ValueError("x")
    except ValueError:
        print("caught")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after raise")
    g = agen("kept")
    async for n in g:
        break
    await asyncio.sleep(0)
    print("kept open:", await g.__anext__())
    await g.aclose()
    async for n in agen("else"):
        if n > 5:
            break
    else:
        print("else ran")
    print("end main")
asyncio.run(main())
# expect: break cleanup
# expect: after break
# expect: full cleanup
# expect: after full
# expect: caught
# expect: raise cleanup
# expect: after raise
# expect: kept open: 2
# expect: kept cleanup
# expect: else cleanup
# expect: else ran
# expect: end main
