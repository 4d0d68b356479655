# An await may stand anywhere inside a comprehension's element, key, value,
# condition or later iterable, in async generator expressions too.
import asyncio

async def f(x):
    await asyncio.sleep(0)
    return x * 2

async def count(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    xs = [1, 2, 3]
    print([str(await f(x)) + "!" for x in xs])
    print([(x, y) for x in xs for y in range(await f(x)) if y % 3 == 0])
    print({await f(x) - 1 for x in xs})
    print({str(x): [await f(x), await f(x + 1)] for x in xs})
    print([x if await f(x) > 3 else -x for x in xs])
    print([await f(x) async for x in count(4) if (await f(x)) % 4 == 0 and x])
    print([f"{await f(x):>4}" for x in xs])
    g = (str(await f(x)) + "?" for x in xs if x != 2 and await f(x) > 1)
    print([v async for v in g])

asyncio.run(main())
# expect: ['2!', '4!', '6!']
# expect: [(1, 0), (2, 0), (2, 3), (3, 0), (3, 3)]
# expect: {1, 3, 5}
# expect: {'1': [2, 4], '2': [4, 6], '3': [6, 8]}
# expect: [-1, 2, 3]
# expect: [4]
# expect: ['   2', '   4', '   6']
# expect: ['2?', '6?']
