# Two tasks awaiting each other: cancelling one goes round the loop until
# RecursionError, as in CPython, and their reprs show the loop as `...`.
import asyncio

async def a():
    await b_task

async def b():
    await a_task

async def main():
    global a_task, b_task
    a_task = asyncio.create_task(a(), name="A")
    b_task = asyncio.create_task(b(), name="B")
    await asyncio.sleep(0)
    print(repr(a_task).replace(__file__, "FILE"))
    try:
        a_task.cancel()
    except RecursionError as e:
        print("RecursionError:", e)
    print(a_task.done(), b_task.done())

asyncio.run(main())
# expect: <Task pending name='A' coro=<a() running at FILE:6> wait_for=<Task pending name='B' coro=<b() running at FILE:9> wait_for=... cb=[Task.task_wakeup()]> cb=[Task.task_wakeup()]>
# expect: RecursionError: maximum recursion depth exceeded while calling a Python object
# expect: False False
# expect error: Task was destroyed but it is pending!
