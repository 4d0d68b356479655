# asyncio.Barrier (3.11): parties wait until all arrive, in CPython's
# order; abort and reset break the waiters with BrokenBarrierError.
import asyncio

async def worker(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives,", barrier.n_waiting, "waiting")
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index

async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split(" at ")[0], repr(barrier).split("] ")[-1][-22:])
    results = await asyncio.gather(*(worker(barrier, f"w{i}", i * 0.01) for i in range(3)))
    print(sorted(results), barrier.n_waiting, barrier.broken, barrier.parties)
    # Two rounds through the same barrier, as a context manager.
    async def round_trip(i):
        async with barrier as position:
            return position
    print(sorted(await asyncio.gather(*(round_trip(i) for i in range(3)))))
    # Abort breaks the waiters and later arrivals.
    waiter = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.abort()
    try:
        await waiter
    except asyncio.BrokenBarrierError as e:
        print("waiter:", type(e).__name__, e, isinstance(e, RuntimeError))
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("late:", e)
    print(barrier.broken, repr(barrier).endswith("[broken]>"))
    await barrier.reset()
    print(barrier.broken, repr(barrier)[-22:])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    print(asyncio.BrokenBarrierError.__module__, asyncio.Barrier.__module__)

asyncio.run(main())
# expect: <asyncio.locks.Barrier object filling, waiters:0/3]>
# expect: w0 arrives, 0 waiting
# expect: w1 arrives, 1 waiting
# expect: w2 arrives, 2 waiting
# expect: w2 passes with index 2
# expect: w0 passes with index 0
# expect: w1 passes with index 1
# expect: [0, 1, 2] 0 False 3
# expect: [0, 1, 2]
# expect: waiter: BrokenBarrierError Abort or reset of barrier True
# expect: late: Barrier aborted
# expect: True True
# expect: False filling, waiters:0/3]>
# expect: parties must be > 0
# expect: asyncio.exceptions asyncio.locks
