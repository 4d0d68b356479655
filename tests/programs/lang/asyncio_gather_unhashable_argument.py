# gather() puts each argument in a dict first, as CPython: a list of tasks
# passed without the * is "unhashable type: 'list'".
import asyncio

async def job(i):
    await asyncio.sleep(0)
    return i

class Awaitable:
    __hash__ = None
    def __await__(self):
        yield
        return "a"

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(3)]
    for bad in (tasks, {"a": tasks[0]}, Awaitable(), (1, 2), 5):
        try:
            await asyncio.gather(bad)
        except TypeError as e:
            print(type(bad).__name__, "TypeError:", e)
    print(await asyncio.gather(*tasks))
    try:
        await asyncio.gather(tasks)
    except TypeError as e:
        print("again:", e)

asyncio.run(main())
# expect: list TypeError: unhashable type: 'list'
# expect: dict TypeError: unhashable type: 'dict'
# expect: Awaitable TypeError: unhashable type: 'Awaitable'
# expect: tuple TypeError: An asyncio.Future, a coroutine or an awaitable is required
# expect: int TypeError: An asyncio.Future, a coroutine or an awaitable is required
# expect: [0, 1, 2]
# expect: again: unhashable type: 'list'
