# A coroutine's or generator's variable that owns a generator closes it when rebound and when the coroutine or generator returns, as reference counting would
import asyncio

def lines(tag):
    try:
        yield "a"
        yield "b"
        yield "c"
    finally:
        print(tag, "closed")

async def reader():
    g = lines("loop")
    for x in g:
        if x == "b":
            break
    await asyncio.sleep(0)
    print("found", x)

async def rebinder():
    g = lines("first")
    next(g)
    await asyncio.sleep(0)
    g = lines("second")
    print("rebound", next(g))
    await asyncio.sleep(0)
    print("returning")

def outer_generator():
    inner = lines("inner")
    yield next(inner)
    yield "outer"

async def main():
    await reader()
    print("after reader")
    await rebinder()
    print("after rebinder")
    print(list(outer_generator()))
    print("after outer")

asyncio.run(main())
print("end")
# expect: found b
# expect: loop closed
# expect: after reader
# expect: first closed
# expect: rebound a
# expect: returning
# expect: second closed
# expect: after rebinder
# expect: inner closed
# expect: ['a', 'outer']
# expect: after outer
# expect: end
