# An await in the body of a list, set or dict comprehension makes it an
# asynchronous comprehension, awaited where it stands (as in CPython).
import asyncio

async def f(x):
    await asyncio.sleep(0)
    return x

async def main():
    print([await f(i) for i in range(3)])
    print([await f(i) for i in range(4) if await f(i % 2)])
    print({i: await f(i * i) for i in range(3)})
    print({await f(k): await f(k + 1) for k in range(2)})
    print(sorted({await f(i) for i in range(3)}))
    print([[await f(j) for j in range(i)] for i in range(3)])

asyncio.run(main())
# expect: [0, 1, 2]
# expect: [1, 3]
# expect: {0: 0, 1: 1, 2: 4}
# expect: {0: 1, 1: 2}
# expect: [0, 1, 2]
# expect: [[], [0], [0, 1]]
