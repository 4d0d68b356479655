# CPython's event loop waits in epoll, whose timeout is whole milliseconds
# rounded up: timers less than a millisecond apart come due together and
# run in deadline order before the tasks the first one wakes.
import asyncio

async def a(ev):
    await asyncio.sleep(0.003)
    print("a")
    ev.set()

async def b():
    await asyncio.sleep(0.002)
    await asyncio.sleep(0.001)
    print("b")

async def c(ev):
    await ev.wait()
    print("c")

async def main():
    ev = asyncio.Event()
    await asyncio.gather(a(ev), b(), c(ev))

asyncio.run(main())
# expect: a
# expect: b
# expect: c
