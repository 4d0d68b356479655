# asyncio.Task: names, cancellation, current_task, all_tasks and results.
import asyncio

async def child(n):
    await asyncio.sleep(0)
    return n * 2

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("child saw CancelledError", e.args)
        raise

async def main():
    t = asyncio.create_task(child(1))
    u = asyncio.create_task(child(2), name="worker")
    print(t.get_name().startswith("Task-"), u.get_name(), t.done())
    u.set_name(12)
    print(repr(u.get_name()), asyncio.current_task().get_name() == asyncio.current_task().get_name())
    print(await t, await u, t.done(), t.result())
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(s.cancel("bye"), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print("awaiting cancelled task raised", e.args)
    print(s.cancelled(), s.done(), s.cancel())
    early = asyncio.create_task(child(5))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started")
    print(early.cancelling(), early.uncancel(), early.uncancel())
    try:
        t.set_result(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    async def boom():
        raise KeyError("k")
    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(type(b.exception()).__name__, b.exception())
    return "done"

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: True worker False
# expect: '12' True
# expect: 2 4 True 2
# expect: 1 True
# expect: True 1
# expect: child saw CancelledError ('bye',)
# expect: awaiting cancelled task raised ('bye',)
# expect: True True False
# expect: cancelled before it started
# expect: 1 0 0
# expect: RuntimeError: Task does not support set_result operation
# expect: TypeError: a coroutine was expected, got 42
# expect: KeyError 'k'
# expect: done
# expect: RuntimeError: no running event loop
# expect: RuntimeError: no running event loop
