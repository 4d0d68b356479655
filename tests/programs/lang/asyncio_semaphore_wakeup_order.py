# Semaphore: a waiter that acquires wakes one more at most (3.11's rule;
# 3.12 wakes as many as the value allows), so later waiters interleave with
# other tasks.
import asyncio
async def main():
    sem = asyncio.Semaphore(0)
    log = []
    async def w(name):
        await sem.acquire()
        log.append(name)
    async def releaser():
        sem.release(); sem.release(); sem.release()   # wakes A, value becomes 2
    async def ticker():
        for i in range(4):
            log.append(f"tick{i}")
            await asyncio.sleep(0)
    a = asyncio.create_task(w("A"))
    await asyncio.sleep(0)                  # A is now waiting
    ts = [asyncio.create_task(releaser()), asyncio.create_task(w("B")),
          asyncio.create_task(w("C")), asyncio.create_task(ticker())]
    await asyncio.gather(a, *ts)
    print(log)
asyncio.run(main())
# expect: ['tick0', 'A', 'tick1', 'B', 'tick2', 'C', 'tick3']
