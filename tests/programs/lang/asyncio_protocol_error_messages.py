# 'async with' names the method whose result cannot be awaited, and the
# asyncio functions CPython writes in Python word bad keywords as Python does.
import asyncio
class BadEnter:
    def __aenter__(self): return 5
    async def __aexit__(self, *a): pass
class BadExit:
    async def __aenter__(self): return self
    def __aexit__(self, *a): return 5
async def main():
    for cm in (BadEnter(), BadExit()):
        try:
            async with cm:
                pass
        except TypeError as e:
            print(e)
asyncio.run(main())

for f in (lambda: asyncio.run(None, x=1), lambda: asyncio.ensure_future(None, x=1), lambda: asyncio.Future(x=1)):
    try: f()
    except TypeError as e: print(e)
async def m():
    g = asyncio.gather(asyncio.sleep(0))
    try: g.cancel(x=1)
    except TypeError as e: print(e)
    await g
asyncio.run(m())
# expect: 'async with' received an object from __aenter__ that does not implement __await__: int
# expect: 'async with' received an object from __aexit__ that does not implement __await__: int
# expect: run() got an unexpected keyword argument 'x'
# expect: ensure_future() got an unexpected keyword argument 'x'
# expect: 'x' is an invalid keyword argument for Future()
# expect: _GatheringFuture.cancel() got an unexpected keyword argument 'x'
