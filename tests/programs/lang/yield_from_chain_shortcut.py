# Values yielded deep in a chain of yield from pass straight up, and what
# a deep level returns or raises reaches each level above in turn: return
# values, sent values, handlers and finally blocks at every level, PEP 479,
# tracebacks through the whole chain, gi_running.
import asyncio
import traceback

def leaf(n):
    got = yield f"leaf {n}"
    return f"leaf {n} got {got}"

def chain(depth):
    if depth == 0:
        r = yield from leaf(depth)
        return r
    try:
        r = yield from chain(depth - 1)
        return f"{r} <{depth}"
    finally:
        print("finally at", depth)

g = chain(3)
print(next(g))
try:
    g.send("hello")
except StopIteration as e:
    print("returned", e.value)

def failing(depth):
    if depth == 0:
        yield "deep"
        raise ValueError("from the bottom")
    if depth == 2:
        try:
            yield from failing(depth - 1)
        except ValueError as e:
            print("caught at 2:", e)
            yield "recovered"
            return "done"
    else:
        yield from failing(depth - 1)

print(list(failing(4)))

def uncaught(depth):
    if depth == 0:
        yield 1
        raise KeyError("deep key")
    yield from uncaught(depth - 1)

try:
    for v in uncaught(3):
        print("got", v)
except KeyError:
    print(traceback.format_exc().replace(__file__, "FILE"))

def stops(depth):
    if depth == 0:
        yield 0
        raise StopIteration("sneaky")
    yield from stops(depth - 1)

try:
    list(stops(2))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def watcher():
    yield outer.gi_running

def middle():
    yield from watcher()

def top():
    yield from middle()

outer = top()
print("running inside:", next(outer), "after:", outer.gi_running)

def walk(n):
    if n:
        yield from walk(n - 1)
        yield n
        yield from walk(n - 1)

print(sum(walk(10)), len(list(walk(8))))

async def deepest(n):
    await asyncio.sleep(0)
    if n == 3:
        raise OSError("deep failure")
    return n

async def level(n, d):
    if d == 0:
        return await deepest(n)
    try:
        return await level(n, d - 1) + 1
    finally:
        if n == 3:
            print("unwinding level", d)

async def main():
    print(await asyncio.gather(level(1, 4), level(2, 2), return_exceptions=True))
    try:
        await level(3, 2)
    except OSError as e:
        print("OSError:", e)

asyncio.run(main())
# expect: leaf 0
# expect: finally at 1
# expect: finally at 2
# expect: finally at 3
# expect: returned leaf 0 got hello <1 <2 <3
# expect: caught at 2: from the bottom
# expect: ['deep', 'recovered']
# expect: got 1
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 52, in <module>
# expect:     for v in uncaught(3):
# expect:   File "FILE", line 49, in uncaught
# expect:     yield from uncaught(depth - 1)
# expect:   File "FILE", line 49, in uncaught
# expect:     yield from uncaught(depth - 1)
# expect:   File "FILE", line 49, in uncaught
# expect:     yield from uncaught(depth - 1)
# expect:   File "FILE", line 48, in uncaught
# expect:     raise KeyError("deep key")
# expect: KeyError: 'deep key'
# expect:
# expect: RuntimeError: generator raised StopIteration | cause: StopIteration('sneaky')
# expect: running inside: True after: False
# expect: 2036 255
# expect: [5, 4]
# expect: unwinding level 1
# expect: unwinding level 2
# expect: OSError: deep failure
