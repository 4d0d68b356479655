# A value being returned, and the exception an except or finally block is
# handling, survive suspensions inside that block (and cost a frame slot
# only then).
import asyncio

async def tick(tag):
    await asyncio.sleep(0)
    return tag

async def return_through_awaiting_finally():
    try:
        return "returned"
    finally:
        print("finally awaits", await tick(1))

async def reraise_after_awaiting_handler():
    try:
        raise ValueError("boom")
    except KeyError:
        print("not here")
    except ValueError as e:
        print("handler awaits", await tick(2))
        print("still handling", repr(e))
        raise

async def exception_through_awaiting_finally():
    try:
        raise KeyError("k")
    finally:
        print("finally awaits", await tick(3))
        print("finally awaits again", await tick(4))

async def nested():
    try:
        try:
            return [await tick(5)]
        finally:
            try:
                raise IndexError("inner")
            except IndexError as e:
                await tick(6)
                print("inner handled", e)
    finally:
        await tick(7)
        print("outer finally")

def gen():
    try:
        yield 1
        return "done"
    finally:
        yield "from finally"

def gen_handler():
    try:
        raise RuntimeError("r")
    except RuntimeError as e:
        got = yield "in handler"
        print("sent", got, "while handling", repr(e))
        raise

async def main():
    print(await return_through_awaiting_finally())
    for f in (reraise_after_awaiting_handler, exception_through_awaiting_finally):
        try:
            await f()
        except Exception as e:
            print("caught", repr(e))
    print(await nested())
    g = gen()
    print(next(g), next(g))
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.value)
    h = gen_handler()
    print(next(h))
    try:
        h.send("x")
    except RuntimeError as e:
        print("caught", repr(e))
    results = await asyncio.gather(*(return_through_awaiting_finally() for _ in range(3)))
    print(results)

asyncio.run(main())
# expect: finally awaits 1
# expect: returned
# expect: handler awaits 2
# expect: still handling ValueError('boom')
# expect: caught ValueError('boom')
# expect: finally awaits 3
# expect: finally awaits again 4
# expect: caught KeyError('k')
# expect: inner handled inner
# expect: outer finally
# expect: [5]
# expect: 1 from finally
# expect: stop done
# expect: in handler
# expect: sent x while handling RuntimeError('r')
# expect: caught RuntimeError('r')
# expect: finally awaits 1
# expect: finally awaits 1
# expect: finally awaits 1
# expect: ['returned', 'returned', 'returned']
