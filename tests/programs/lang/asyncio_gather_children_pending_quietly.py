# Tasks gather made for coroutines and left pending at exit are not reported as
# destroyed (CPython's _log_destroy_pending = False).
import asyncio

async def forever():
    await asyncio.sleep(10)

async def main():
    g = asyncio.gather(forever(), forever())
    await asyncio.sleep(0)
    print(g.done())

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("closed")
# expect: False
# expect: closed
# expect exit: 0
