# A task or future that fails and is dropped without anyone retrieving its
# exception reports "... exception was never retrieved" with the traceback,
# whether it is collected while the loop runs or still alive at exit; one
# whose exception was retrieved stays quiet.
import asyncio

async def boom(n):
    raise ValueError("boom %d" % n)

async def quiet():
    raise KeyError("quiet")

async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(boom(1))
    t = asyncio.create_task(quiet())
    await asyncio.sleep(0)
    print(type(t.exception()).__name__)
    # expect: KeyError
    f = loop.create_future()
    f.set_exception(RuntimeError("future"))
    f = None
    # Garbage, so that collections run while the loop goes on.
    for i in range(200):
        junk = [[j] for j in range(1000)]
        await asyncio.sleep(0)
    print(await asyncio.gather(boom(2), return_exceptions=True))
    # expect: [ValueError('boom 2')]
    leftover = asyncio.create_task(boom(3))
    await asyncio.sleep(0)
    print("end")
    # expect: end
    return leftover

kept = asyncio.run(main())
# expect error: Task exception was never retrieved
# expect error: future: <Task finished name='Task-2' coro=<boom() done, defined at
# expect error: ValueError: boom 1
# expect error: Future exception was never retrieved
# expect error: RuntimeError: future
# expect error: ValueError: boom 3
# expect exit: 0
