# asyncio.run finalizes the async generators left suspended: dropped ones get GeneratorExit
# (as CPython frees them), reachable ones aclose() in shutdown_asyncgens.
import asyncio
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
async def main():
    g = gen()
    print(await g.__anext__())
asyncio.run(main())
print("after run")

async def counter(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print("closed", tag)

async def drops():
    kept = counter("kept")
    await kept.__anext__()
    dropped = counter("dropped")
    await dropped.__anext__()
    del dropped
    done = counter("done")
    async for _ in done:
        pass
    return kept

asyncio.run(drops())
print("after second run")
# expect: 1
# expect: gen closed
# expect: after run
# expect: closed done
# expect: closed dropped
# expect: closed kept
# expect: after second run
