# Async generators driven by hand (asend, athrow, aclose), async comprehensions,
# async with suppression and propagation, Queue.join with workers.
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("received", received)
            await asyncio.sleep(0)
    except GeneratorExit:
        print("ticker closed")
        raise
    finally:
        print("ticker finally")
class Res:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name); return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
async def main():
    g = ticker(5)
    print(await g.__anext__(), await g.asend("hello"), await g.asend(None))
    await g.aclose()
    print([x async for x in ticker(4) if x % 2 == 0])
    print({x: x * x async for x in ticker(3)})
    async with Res("a") as r, Res("b"):
        raise KeyError("suppressed")
    print("after with", r.name)
    try:
        async with Res("c"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("propagated", e)
    g2 = ticker(3)
    await g2.__anext__()
    try:
        await g2.athrow(RuntimeError("thrown in"))
    except RuntimeError as e:
        print("athrow raised", e)
    q = asyncio.Queue()
    results = []
    async def worker(name):
        while True:
            item = await q.get()
            results.append((name, item))
            await asyncio.sleep(0)
            q.task_done()
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    for i in range(9):
        q.put_nowait(i)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(i for _, i in results), [type(r).__name__ for r in res])
    async def agen_inner():
        yield 1
        yield 2
    async def agen_outer():
        async for v in agen_inner():
            yield v * 10
    print([v async for v in agen_outer()])
asyncio.run(main())
async def more():
    async def agen():
        try:
            yield 1
        except ValueError as e:
            yield f"handled {e}"
        yield 3
    g = agen()
    print(await anext(g), await g.athrow(ValueError("x")), await anext(g))
    g2 = agen()
    try:
        await g2.athrow(KeyError)
    except KeyError as e:
        print("unstarted athrow", repr(e))
    g3 = agen()
    await anext(g3)
    try:
        await g3.athrow(5)
    except TypeError as e:
        print(e)
asyncio.run(more())
# expect: received hello
# expect: 0 1 2
# expect: ticker closed
# expect: ticker finally
# expect: ticker finally
# expect: [0, 2]
# expect: ticker finally
# expect: {0: 0, 1: 1, 2: 4}
# expect: enter a
# expect: enter b
# expect: exit b KeyError
# expect: exit a None
# expect: after with a
# expect: enter c
# expect: exit c ValueError
# expect: propagated not suppressed
# expect: ticker finally
# expect: athrow raised thrown in
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8] ['CancelledError', 'CancelledError', 'CancelledError']
# expect: [10, 20]
# expect: 1 handled x 3
# expect: unstarted athrow KeyError()
# expect: exceptions must be classes or instances deriving from BaseException, not int
