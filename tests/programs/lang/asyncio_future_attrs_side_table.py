# Futures and tasks keep their attributes in a dict aside (their layout
# has no room for one): it lives and dies with them, and an attribute that
# shadows a method wins even at a call site that called the method before.
import asyncio
import gc


def call_done(f):
    return f.done()


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(5)]
    for f in futs:
        print(call_done(f))
    futs[2].done = lambda: "shadowed"
    futs[3].tag = "three"
    for f in futs:
        print(call_done(f))
    print(futs[3].tag, hasattr(futs[4], "tag"))
    gc.collect()
    print(futs[2].done(), futs[3].tag)
    t = asyncio.ensure_future(work(7))
    t.label = "worker"
    print(await t, t.label)
    del futs
    gc.collect()
    # Attributes on many futures, most of them dropped along the way.
    kept = []
    for i in range(2000):
        f = loop.create_future()
        f.index = i
        if i % 100 == 0:
            kept.append(f)
    gc.collect()
    print([f.index for f in kept])
    try:
        print(loop.create_future().missing)
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
# expect: False
# expect: False
# expect: False
# expect: False
# expect: False
# expect: False
# expect: False
# expect: shadowed
# expect: False
# expect: False
# expect: three False
# expect: shadowed three
# expect: 7 worker
# expect: [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900]
# expect: AttributeError: '_asyncio.Future' object has no attribute 'missing'
