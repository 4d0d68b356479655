# An 'async for' left early as main returns: its generator's aclose() task
# is cancelled at shutdown, so its cleanup runs only to its first await.
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
        await asyncio.sleep(0)
        print("cleanup", name)

async def main():
    async for v in agen("loop"):
        print("got", v)
        break
    print("main returns")

asyncio.run(main())
print("end")
# expect: got 1
# expect: main returns
# expect: finally loop
# expect: end
