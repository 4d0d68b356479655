# A task cancelled before its aclose() began throws CancelledError into the
# async generator as it is; the next step closes it with GeneratorExit.
import asyncio
async def agen():
    try:
        yield 1
    finally:
        print("finally")
        await asyncio.sleep(0)
        print("cleanup")
async def main():
    g = agen()
    await g.__anext__()
    c = g.aclose()
    print(type(c).__name__)
    try:
        r = c.throw(asyncio.CancelledError())
        print("yielded", r)
    except BaseException as e:
        print("raised", type(e).__name__)
    try:
        r = c.send(None)
        print("yielded", r)
    except BaseException as e:
        print("raised", type(e).__name__, e)
asyncio.run(main())
# expect: async_generator_athrow
# expect: finally
# expect: yielded None
# expect: raised StopIteration 
