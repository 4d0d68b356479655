# asyncio.Runner (3.11): one loop for several run() calls, made on first
# use and closed by close() or the with block (tasks left are cancelled).
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    print("task", asyncio.current_task().get_name())
    return x * 2

async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print("forever cancelled at close")

async def leave_task():
    asyncio.get_running_loop().create_task(forever())
    await asyncio.sleep(0)
    return "left one behind"

with asyncio.Runner() as runner:
    print(runner.run(compute(1)))
    print(runner.run(compute(2)))
    loop = runner.get_loop()
    print(loop is runner.get_loop(), loop.is_closed())
    print(runner.run(leave_task()))
print(loop.is_closed())
late = compute(3)
try:
    runner.run(late)
except RuntimeError as e:
    print("RuntimeError:", e)
late.close()

runner = asyncio.Runner()
try:
    runner.run(42)
except ValueError as e:
    print("ValueError:", e)
print(runner.run(compute(4)))
runner.close()
runner.close()

async def nested():
    coro = compute(5)
    try:
        runner2.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

runner2 = asyncio.Runner()
runner2.run(nested())
runner2.close()
print(asyncio.run(compute(6)))
# expect: task Task-1
# expect: 2
# expect: task Task-2
# expect: 4
# expect: True False
# expect: left one behind
# expect: forever cancelled at close
# expect: True
# expect: RuntimeError: Runner is closed
# expect: ValueError: a coroutine was expected, got 42
# expect: task Task-7
# expect: 8
# expect: RuntimeError: Runner.run() cannot be called from a running event loop
# expect: task Task-13
# expect: 12
