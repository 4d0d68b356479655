# A coroutine dropped unstarted is reported before the traceback of an
# exception that ends the program (CPython warns as it is dropped).
import asyncio

async def main():
    asyncio.sleep(0.01)  # forgot await
    await asyncio.sleep(0)
    raise ValueError("failure after a forgotten await")

asyncio.run(main())
# expect error: RuntimeWarning: coroutine 'sleep' was never awaited
# expect error: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect error: ValueError: failure after a forgotten await
