# A Condition waiter cancelled while it takes the lock back raises a fresh
# CancelledError: 3.11 does not keep the cancel message.
import asyncio
async def main():
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            await cond.wait()
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)     # waiter woke, now blocked re-acquiring the lock
        t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)
asyncio.run(main())
# expect: args: ()
