# asyncio.run uses up the names of the two shutdown tasks CPython makes, so later Task-N names agree.
import asyncio

async def noop():
    return asyncio.current_task().get_name()

print(asyncio.run(noop()))
# expect: Task-1
print(asyncio.run(noop()))
# expect: Task-4

async def main():
    t = asyncio.create_task(noop())
    return await t, asyncio.current_task().get_name()

print(asyncio.run(main()))
# expect: ('Task-8', 'Task-7')
loop = asyncio.new_event_loop()
print(loop.run_until_complete(noop()))
# expect: Task-11
loop.close()
