# The event loop: tasks interleave at awaits in CPython's order; gather keeps
import asyncio

async def worker(name, delays):
    for d in delays:
        print(name, "step", d)
        await asyncio.sleep(d)
    return name.upper()

async def slow():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    results = await asyncio.gather(worker("a", [0, 0.01]), worker("b", [0, 0]))
    print(results)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.ensure_future(worker("c", [0]))
    print(t.done(), await t, t.done())

asyncio.run(main())
# expect: soon 1
# expect: soon 2
# expect: a step 0
# expect: b step 0
# expect: a step 0.01
# expect: b step 0
# expect: ['A', 'B']
# expect: timed out
# expect: c step 0
# expect: False C True
