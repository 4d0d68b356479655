# A task that ends with SystemExit (or KeyboardInterrupt) stops the loop,
# and keeps the exception too: nobody retrieves it, so it is reported when
# the task dies. The main task of asyncio.run is not reported.
import asyncio

async def worker():
    await asyncio.sleep(0)
    raise SystemExit(4)

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("not reached")

asyncio.run(main())
# expect exit: 4
# expect error: Task exception was never retrieved
# expect error: future: <Task finished name='Task-2' coro=<worker() done, defined at
# expect error:     raise SystemExit(4)
# expect error: SystemExit: 4
