# An 'async for' left early as main returns: its generator's aclose() task
# is cancelled at shutdown, so its cleanup runs only to its first await.
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
        await asyncio.sleep(0)
        print("cleanup", name)

async def main():
    loop = asyncio.get_running_loop()
    def factory(loop, coro, **kw):
        t = asyncio.Task(coro, loop=loop, **kw)
        print("task made", t.get_name(), type(coro).__name__)
        return t
    loop.set_task_factory(factory)
    async for v in agen("loop"):
        print("got", v)
        break
    print("main returns")

asyncio.run(main())
print("end")
# expect: got 1
# expect: main returns
# expect: task made Task-2 async_generator_athrow
# expect: finally loop
# expect: task made Task-3 coroutine
# expect: task made Task-4 coroutine
# expect: end
