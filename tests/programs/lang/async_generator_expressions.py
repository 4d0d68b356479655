# Async generator expressions (with async for, or awaiting), and coroutine.__await__().
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

class Delayed:
    # An awaitable whose __await__ hands out a coroutine's iterator.
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return double(self.v).__await__()

async def main():
    # `async for` in a generator expression makes an async generator.
    squares = (i * i async for i in ticks(4) if i != 2)
    print(type(squares).__name__, [s async for s in squares])
    # An await in a generator expression makes one too.
    doubled = (await double(i) for i in range(3))
    print(type(doubled).__name__, [d async for d in doubled])
    # Nested: an awaiting list comprehension inside an async generator expression.
    rows = ([await double(j) for j in range(i)] async for i in ticks(3))
    print([r async for r in rows])
    # anext and aclose on one.
    g = (i async for i in ticks(5))
    print(await anext(g), await anext(g))
    await g.aclose()
    print(await anext(g, "closed"))
    # Errors inside propagate to the consumer.
    bad = (1 // i async for i in ticks(3))
    try:
        print([x async for x in bad])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    # coroutine.__await__() gives an iterator that drives the coroutine.
    print(await Delayed(21))
    it = double(5).__await__()
    print(type(it).__name__, iter(it) is it)
    try:
        while True:
            next(it)
    except StopIteration as e:
        print("value", e.value)
    c = double(1)
    w = c.__await__()
    try:
        w.throw(ValueError("into the coroutine"))
    except ValueError as e:
        print("ValueError:", e)
    w.close()

asyncio.run(main())
# expect: async_generator [0, 1, 9]
# expect: async_generator [0, 2, 4]
# expect: [[], [0], [0, 2]]
# expect: 0 1
# expect: closed
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: 42
# expect: coroutine_wrapper True
# expect: value 10
# expect: ValueError: into the coroutine
