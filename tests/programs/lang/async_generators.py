# Async generators: async for, __anext__, StopAsyncIteration at the end.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def countdown(n):
    while n > 0:
        yield n
        n -= 1

async def main():
    async for v in agen(4):
        print("agen", v)
    out = []
    async for v in countdown(3):
        out.append(v)
    print(out)
    g = agen(2)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
# expect: agen 0
# expect: agen 1
# expect: agen 4
# expect: agen 9
# expect: [3, 2, 1]
# expect: 0 1
# expect: exhausted
