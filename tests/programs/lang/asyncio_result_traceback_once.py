# A failed future raises its exception with the traceback it was set with the first time only; later result() and await start afresh, as CPython's future_get_result.
import asyncio
import traceback

async def bad():
    raise ValueError("x")

def names(e):
    return [f.name for f in traceback.extract_tb(e.__traceback__)]

async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print("exception()", names(t.exception()))
    for attempt in range(3):
        try:
            t.result()
        except ValueError as e:
            print("result()", attempt, names(e))
    try:
        await t
    except ValueError as e:
        print("await", names(e))

asyncio.run(main())
# expect: exception() ['bad']
# expect: result() 0 ['main', 'bad']
# expect: result() 1 ['main']
# expect: result() 2 ['main']
# expect: await ['main']
