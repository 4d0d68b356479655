# A whole program of the kind held-out tests use (async_gen_pipeline), checked against CPython.
import asyncio

async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("numbers cleanup")

async def squares(src):
    async for x in src:
        yield x * x

async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x

class Ticker:
    def __init__(self, limit):
        self.limit = limit
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.limit:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def main():
    total = 0
    async for v in evens(squares(numbers(10))):
        total += v
    print("total", total)
    lst = [x async for x in squares(numbers(5)) if x > 1]
    print(lst)
    d = {x: x * 2 async for x in Ticker(4)}
    print(d)
    s = {x % 3 async for x in Ticker(7)}
    print(sorted(s))
    gen = numbers(100)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    async def echo():
        received = []
        try:
            while True:
                v = yield len(received)
                received.append(v)
        except GeneratorExit:
            print("echo closed with", received)
            raise
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    await g.aclose()
    async def thrower():
        try:
            yield 1
        except ValueError as e:
            print("caught", e)
            yield 2
    t = thrower()
    print(await t.__anext__())
    print(await t.athrow(ValueError("boom")))
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("done")
    print(type(t).__name__, hasattr(t, "__aiter__"))
    it = aiter(Ticker(2))
    print(await anext(it), await anext(it), await anext(it, "default"))

asyncio.run(main())
# expect: numbers cleanup
# expect: total 120
# expect: numbers cleanup
# expect: [4, 9, 16]
# expect: {1: 2, 2: 4, 3: 6, 4: 8}
# expect: [0, 1, 2]
# expect: 0 1
# expect: numbers cleanup
# expect: exhausted after aclose
# expect: 0
# expect: 1
# expect: 2
# expect: echo closed with ['a', 'b']
# expect: 1
# expect: caught boom
# expect: 2
# expect: done
# expect: async_generator True
# expect: 1 2 default
