# An async comprehension inside another comprehension makes that one async too.
import asyncio

async def g(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([[y async for y in g(x)] for x in range(3)])
    print({x: [y * 10 async for y in g(2)] for x in "ab"})
    nested = ([y async for y in g(x)] for x in range(3))
    print([row async for row in nested])

print("start")
asyncio.run(main())
# expect: start
# expect: [[], [0], [0, 1]]
# expect: {'a': [0, 10], 'b': [0, 10]}
# expect: [[], [0], [0, 1]]
