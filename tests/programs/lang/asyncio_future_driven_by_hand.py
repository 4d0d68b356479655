# A pending future driven by hand yields itself once; resumed again while
# still pending it raises, as CPython's FutureIter (list(task) must not hang).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = iter(fut)
    print(next(it) is fut, fut._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut.set_result(7)
    try:
        it.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    t = asyncio.create_task(asyncio.sleep(1))
    try:
        list(t)
    except RuntimeError as e:
        print("list(task):", e)
    t.cancel()
    # a hand-written scheduler resuming a coroutine that awaits a pending future
    f2 = loop.create_future()
    async def job():
        return await f2
    c = job()
    print(c.send(None) is f2)
    try:
        c.send(None)
    except RuntimeError as e:
        print("resumed:", e)
    # a task clears the flag when it takes the future, so awaiting goes on
    f3 = loop.create_future()
    loop.call_soon(f3.set_result, "done")
    print(await f3)

asyncio.run(main())
# expect: True True
# expect: RuntimeError: await wasn't used with future
# expect: StopIteration 7
# expect: list(task): await wasn't used with future
# expect: True
# expect: resumed: await wasn't used with future
# expect: done
