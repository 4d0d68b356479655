# A TaskGroup cancels its tasks in the order they were made, the same every
# run (CPython's set of three tasks happens to give this order too).
import asyncio
async def leaf(n):
    try: await asyncio.sleep(1)
    except asyncio.CancelledError: print(n, "cancelled"); raise
async def bad():
    await asyncio.sleep(0.001); raise ValueError
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in "abc": tg.create_task(leaf(n))
            tg.create_task(bad())
    except* ValueError: print("eg")
asyncio.run(main())
# expect: a cancelled
# expect: b cancelled
# expect: c cancelled
# expect: eg
