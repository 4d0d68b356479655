# gather wraps each distinct argument once, by identity, however long the
# argument list; a repeated task, coroutine or future gives its result at
# every place it appears.
import asyncio
async def f(i):
    await asyncio.sleep(0)
    return i
async def main():
    t = asyncio.ensure_future(f(1))
    c = f(2)
    print(await asyncio.gather(t, t, c, c, f(3)))
    # expect: [1, 1, 2, 2, 3]
    ts = [asyncio.ensure_future(f(i)) for i in range(20)]
    print(await asyncio.gather(*ts, *ts[:5]))
    # expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 0, 1, 2, 3, 4]
    print(await asyncio.gather(*[f(i) for i in range(30)]))
    # expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]
    fut = asyncio.get_running_loop().create_future(); fut.set_result("done")
    print(await asyncio.gather(fut, fut, *[fut] * 20))
    # expect: ['done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done']
    print(await asyncio.gather())
    # expect: []
asyncio.run(main())
