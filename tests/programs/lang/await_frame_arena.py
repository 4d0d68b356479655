# Coroutines started by `await f(...)` run outside the heap until they
# suspend; then they move to the heap, innermost first, and stay valid.
import asyncio
import sys

async def chain(n, tag):
    # Suspends at the bottom: every level moves to the heap.
    if n == 0:
        await asyncio.sleep(0)
        return tag
    r = await chain(n - 1, tag)
    return r + 1

async def suspends_in_handler():
    try:
        raise KeyError("inner")
    except KeyError:
        await asyncio.sleep(0)
        raise

async def wide(n):
    # Many locals: a large frame.
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = n
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = n
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = n
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return a0 + b9 - c5 + await wide(n - 1)

async def unbound(flag):
    if flag:
        x = 1
    return x

async def forever(n):
    return await forever(n + 1)

async def main():
    print(await asyncio.gather(chain(300, 0), chain(200, 1000), chain(5, 7)))
    # expect: [300, 1200, 12]
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            await suspends_in_handler()
        except KeyError as e:
            print("KeyError", e, repr(e.__context__))
        try:
            raise
        except ValueError as e:
            print("still handling", e)
    # expect: KeyError 'inner' ValueError('outer')
    # expect: still handling outer
    # Deeper than the room outside the heap: the rest go to the heap.
    sys.setrecursionlimit(20000)
    print(await wide(4000))
    # expect: 8002000
    sys.setrecursionlimit(1000)
    print(await unbound(True))
    # expect: 1
    try:
        await unbound(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    # expect: UnboundLocalError cannot access local variable 'x' where it is not associated with a value
    try:
        await forever(0)
    except RecursionError as e:
        print("RecursionError", e)
    # expect: RecursionError maximum recursion depth exceeded
    print(await chain(10, 5))
    # expect: 15

asyncio.run(main())
