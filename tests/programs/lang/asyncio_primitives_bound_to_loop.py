# A lock, event, semaphore, condition or queue is bound to the event loop it
# first waits in: waiting in another loop raises RuntimeError, as in CPython.
# Uses that never wait bind nothing.
import asyncio


def shown(e):
    s = str(e)
    i = s.find(" at 0x")
    j = i + 6
    while s[j] in "0123456789abcdef":
        j += 1
    return s[:i] + s[j:]


def make():
    return {
        "Lock": asyncio.Lock(),
        "Event": asyncio.Event(),
        "Semaphore": asyncio.Semaphore(0),
        "Condition": asyncio.Condition(),
        "Queue": asyncio.Queue(),
    }


async def wait_on(name, p):
    if name == "Lock":
        await p.acquire()
        await p.acquire()
    elif name == "Event":
        await p.wait()
    elif name == "Semaphore":
        await p.acquire()
    elif name == "Condition":
        async with p:
            await p.wait()
    else:
        await p.get()


async def block_briefly(name, p):
    t = asyncio.create_task(wait_on(name, p))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    if name == "Lock":
        p.release()
    return "waited"


for name, p in make().items():
    print(name, asyncio.run(block_briefly(name, p)))
    try:
        asyncio.run(block_briefly(name, p))
    except RuntimeError as e:
        print(name, "RuntimeError:", shown(e))

# Never waiting, a primitive serves any loop.
lock = asyncio.Lock()


async def quick():
    async with lock:
        return "quick"

print(asyncio.run(quick()), asyncio.run(quick()))
# expect: Lock waited
# expect: Lock RuntimeError: <asyncio.locks.Lock object [locked]> is bound to a different event loop
# expect: Event waited
# expect: Event RuntimeError: <asyncio.locks.Event object [unset]> is bound to a different event loop
# expect: Semaphore waited
# expect: Semaphore RuntimeError: <asyncio.locks.Semaphore object [locked]> is bound to a different event loop
# expect: Condition waited
# expect: Condition RuntimeError: <asyncio.locks.Condition object [unlocked]> is bound to a different event loop
# expect: Queue waited
# expect: Queue RuntimeError: <Queue maxsize=0> is bound to a different event loop
# expect: quick quick
