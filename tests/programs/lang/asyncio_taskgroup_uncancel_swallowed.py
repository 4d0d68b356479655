# A TaskGroup takes back the cancel it asked of its parent even when the
# body swallowed the CancelledError, so the parent's cancelling() is 0 after.
import asyncio
async def fail():
    raise ValueError("child")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                pass                      # body swallows the group's cancel
    except* ValueError:
        pass
    print("cancelling after group:", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError")
asyncio.run(main())
# expect: cancelling after group: 0
# expect: TimeoutError
