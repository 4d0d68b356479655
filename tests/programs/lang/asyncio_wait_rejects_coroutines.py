# asyncio.wait() refuses bare coroutines, as CPython 3.11 does.
import asyncio

async def c():
    return 1

async def main():
    coro = c()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    done, pending = await asyncio.wait([asyncio.create_task(c())])
    print(len(done), len(pending), [t.result() for t in done])

asyncio.run(main())
# expect: TypeError: Passing coroutines is forbidden, use tasks explicitly.
# expect: 1 0 [1]
