# An await or yield in the first iterable of a comprehension (evaluated in the
# enclosing function) or in an f-string format spec is saved across the suspension.
import asyncio

async def get(n=2):
    await asyncio.sleep(0)
    return n

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([x for x in range(await get())])
    print(sorted([await get(3), 1]), [1] + [await get()])
    print(list(x for x in range(await get(4))))
    print([await get(1), await get(2)], {k: k for k in range(await get())})
    print([x async for x in agen(await get(3))])
    print(f"{'x':>{await get(4)}}|", f"{await get(5)!r:<{await get(3)}}|")

def gen():
    print([x for x in [(yield), (yield)]])
    print(f"{5:>{(yield)}}")
    print([x for x in range((yield))])

asyncio.run(main())
g = gen()
next(g)
for v in (1, 2, 4):
    g.send(v)
try:
    g.send(3)
except StopIteration:
    print("done")
# expect: [0, 1]
# expect: [1, 3] [1, 2]
# expect: [0, 1, 2, 3]
# expect: [1, 2] {0: 0, 1: 1}
# expect: [0, 1, 2]
# expect:    x| 5  |
# expect: [1, 2]
# expect:    5
# expect: [0, 1, 2]
# expect: done
