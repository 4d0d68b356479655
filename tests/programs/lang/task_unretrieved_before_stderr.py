# A dropped task's unretrieved exception is reported before what the program then writes to stderr, as CPython reports it when the task goes
import asyncio
import logging
import sys

background = set()

async def job(i):
    await asyncio.sleep(0)
    if i == 2:
        raise RuntimeError(f"job {i} crashed")

def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))

async def spawn():
    tasks = [asyncio.create_task(job(i)) for i in (10, 2)]
    await asyncio.sleep(0.01)
    return len(tasks)

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    for i in range(4):
        t = asyncio.create_task(job(i))
        background.add(t)
        t.add_done_callback(background.discard)
    while background:
        await asyncio.sleep(0)
    print("summary to stderr", file=sys.stderr)
    print("after summary")
    n = await spawn()
    logging.warning("spawned %d", n)
    print("after warning")

asyncio.run(main())
# expect: handler: Task exception was never retrieved RuntimeError('job 2 crashed')
# expect: after summary
# expect: handler: Task exception was never retrieved RuntimeError('job 2 crashed')
# expect: after warning
# expect error: summary to stderr
# expect error: WARNING:root:spawned 2
# expect exit: 0
