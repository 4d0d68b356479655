# A task still pending when everything goes at exit reports "Task was
# destroyed but it is pending!" with CPython's repr of the task.
import asyncio

async def forever():
    await asyncio.sleep(10)

loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
print(repr(t).replace(__file__, "FILE"))
loop.close()
print("closed")
# expect: <Task pending name='Task-1' coro=<forever() running at FILE:6> wait_for=<Future pending cb=[Task.task_wakeup()]>>
# expect: closed
# expect error: Task was destroyed but it is pending!
# expect error: task: <Task pending name='Task-1' coro=<forever() running at
# expect error: wait_for=<Future pending cb=[Task.task_wakeup()]>>
# expect exit: 0
