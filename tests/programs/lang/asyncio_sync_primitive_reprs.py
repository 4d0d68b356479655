# Queues, locks, events, semaphores and conditions print as CPython's, in CPython's modules;
# asyncio.wait refuses an unknown return_when.
import asyncio

def show(x):
    r = repr(x)
    if " at 0x" in r:
        head, _, tail = r.partition(" at 0x")
        tail = tail.split(" ", 1)[1] if " " in tail else tail[-1:]
        r = head + " at ADDR " + tail if not tail.startswith(">") else head + " at ADDR>"
    print(r)

async def main():
    q = asyncio.Queue(2)
    print(str(q))
    await q.put(1)
    print(str(q))
    show(q)
    pq = asyncio.PriorityQueue()
    pq.put_nowait((2, "b"))
    print(str(pq))
    l = asyncio.Lock()
    show(l)
    await l.acquire()
    show(l)
    async def waiter():
        async with l:
            pass
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    show(l)
    l.release()
    await t
    e = asyncio.Event()
    show(e)
    e.set()
    show(e)
    s = asyncio.Semaphore(2)
    show(s)
    await s.acquire(); await s.acquire()
    show(s)
    c = asyncio.Condition()
    show(c)
    print(type(l), type(q), type(e), asyncio.QueueEmpty, asyncio.TaskGroup)
    try:
        await asyncio.wait([asyncio.get_running_loop().create_future()], return_when="bogus")
    except ValueError as err:
        print("ValueError:", err)

asyncio.run(main())
# expect: <Queue maxsize=2>
# expect: <Queue maxsize=2 _queue=[1] tasks=1>
# expect: <Queue at ADDR maxsize=2 _queue=[1] tasks=1>
# expect: <PriorityQueue maxsize=0 _queue=[(2, 'b')] tasks=1>
# expect: <asyncio.locks.Lock object at ADDR [unlocked]>
# expect: <asyncio.locks.Lock object at ADDR [locked]>
# expect: <asyncio.locks.Lock object at ADDR [locked, waiters:1]>
# expect: <asyncio.locks.Event object at ADDR [unset]>
# expect: <asyncio.locks.Event object at ADDR [set]>
# expect: <asyncio.locks.Semaphore object at ADDR [unlocked, value:2]>
# expect: <asyncio.locks.Semaphore object at ADDR [locked]>
# expect: <asyncio.locks.Condition object at ADDR [unlocked]>
# expect: <class 'asyncio.locks.Lock'> <class 'asyncio.queues.Queue'> <class 'asyncio.locks.Event'> <class 'asyncio.queues.QueueEmpty'> <class 'asyncio.taskgroups.TaskGroup'>
# expect: ValueError: Invalid return_when value: bogus
