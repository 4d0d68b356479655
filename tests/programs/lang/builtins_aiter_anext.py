# The aiter() and anext() builtins, with and without anext's default.
import asyncio

async def agen():
    for i in range(3):
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    g = agen()
    print(await anext(g))
    it = aiter(g)
    print(it is g, await anext(it), await anext(it))
    print(await anext(it, "done"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Countdown(2))
    print(await anext(c), await anext(c), await anext(c, -1))
    for bad in (aiter, anext):
        try:
            bad(5)
        except TypeError as e:
            print(e)

asyncio.run(main())
# expect: 0
# expect: True 1 2
# expect: done None
# expect: StopAsyncIteration
# expect: 1 0 -1
# expect: 'int' object is not an async iterable
# expect: 'int' object is not an async iterator
