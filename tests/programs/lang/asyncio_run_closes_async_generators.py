# asyncio.run closes the async generators still suspended and reachable at the
# end (shutdown_asyncgens); a finished coroutine lets go of its locals.
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("cleanup", name)

keep = []

async def main():
    g = agen("kept")
    keep.append(g)
    print(await g.__anext__())
    async for v in agen("loop"):
        print("got", v)
        break

asyncio.run(main())
print("end")
# expect: 1
# expect: got 1
# expect: cleanup kept
# expect: end
