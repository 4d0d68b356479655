# Recursion inside tasks and callbacks meets the limit as deep as in CPython,
# whose event loop is Python code on the stack: asyncio.run, Runner.run,
# run_until_complete, run_forever, callbacks, nested awaits, async
# generators, gather and wait_for.
import asyncio
depth = 0
def dive():
    global depth
    depth += 1
    dive()
def measure():
    global depth
    depth = 0
    try:
        dive()
    except RecursionError:
        return depth
print("module", measure())
async def main():
    return measure()
print("asyncio.run", asyncio.run(main()))
loop = asyncio.new_event_loop()
print("run_until_complete", loop.run_until_complete(main()))
async def inner():
    return measure()
async def outer():
    return await inner()
print("nested await", loop.run_until_complete(outer()))
async def spawner():
    return await asyncio.create_task(main())
print("create_task", loop.run_until_complete(spawner()))
res = []
def cb():
    res.append(measure())
    loop.stop()
loop.call_soon(cb)
loop.run_forever()
print("call_soon under run_forever", res)
async def with_cb():
    f = loop.create_future()
    def cb2():
        res.append(measure())
        f.set_result(None)
    loop.call_soon(cb2)
    await f
loop.run_until_complete(with_cb())
print("call_soon under run_until_complete", res)
async def agen():
    yield measure()
async def use_agen():
    async for x in agen():
        return x
print("async gen", loop.run_until_complete(use_agen()))
with asyncio.Runner() as r:
    print("Runner.run", r.run(main()))
async def g():
    return await asyncio.gather(main())
print("gather", loop.run_until_complete(g()))
async def wf():
    return await asyncio.wait_for(main(), 1)
print("wait_for", loop.run_until_complete(wf()))
# expect: module 998
# expect: asyncio.run 989
# expect: run_until_complete 991
# expect: nested await 990
# expect: create_task 991
# expect: call_soon under run_forever [993]
# expect: call_soon under run_until_complete [993, 992]
# expect: async gen 990
# expect: Runner.run 990
# expect: gather [991]
# expect: wait_for 991
