# A finished task whose exception nobody retrieved is reported once it is
# dropped and collected: the loop's list of tasks does not keep done tasks
# alive (CPython's is a WeakSet), nor do stale stack slots.
import asyncio, gc


async def bad():
    raise ValueError("boom")


async def main():
    asyncio.get_running_loop().set_exception_handler(
        lambda lp, context: print("handler:", context["message"], repr(context["exception"])))
    t = asyncio.ensure_future(bad())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("after collect")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
# expect: handler: Task exception was never retrieved ValueError('boom')
# expect: after collect
# expect: end
