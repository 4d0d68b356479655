# A pending task with cancellation requests shows as 'cancelling' in its
# repr; uncancel() takes that back.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(1), name="t")
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0])
    # expect: <Task pending name='t'
    t.cancel()
    print(repr(t).split(" coro=")[0])
    # expect: <Task cancelling name='t'
    t.uncancel()
    print(repr(t).split(" coro=")[0])
    # expect: <Task pending name='t'
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
        # expect: cancelled
    print(repr(t).split(" coro=")[0])
    # expect: <Task cancelled name='t'

asyncio.run(main())
