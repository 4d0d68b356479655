# Library coroutines are first compiled compactly, then optimized once they
# have been called often; those suspended in the first code finish in the
# second.
import asyncio

async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            return
        out.append(item)

async def main():
    q = asyncio.Queue()
    out = []
    # Every consumer waits inside Queue.get before it is called often.
    tasks = [asyncio.create_task(consumer(q, out)) for _ in range(1500)]
    await asyncio.sleep(0)
    for i in range(5000):
        q.put_nowait(i)
    for _ in tasks:
        q.put_nowait(None)
    await asyncio.gather(*tasks)
    print(len(out), sum(out))
    # expect: 5000 12497500
    lock = asyncio.Lock()
    count = 0

    async def bump(i):
        nonlocal count
        async with lock:
            await asyncio.sleep(0)
            count += i
    await asyncio.gather(*[bump(i) for i in range(3000)])
    print(count)
    # expect: 4498500

asyncio.run(main())
