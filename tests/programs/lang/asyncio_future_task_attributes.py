# Futures and tasks take attributes of their own (kept in a dict, as
# their layout has no room for them); one that shadows a method wins.
import asyncio

async def work():
    await asyncio.sleep(0)
    return 7

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.tag = "first"
    f.count = 1
    f.count += 1
    print(f.tag, f.count)
    # expect: first 2
    # An attribute that shadows a method wins over it, as CPython's does.
    print(f.done())
    # expect: False
    f.done = lambda: "shadowed"
    print(f.done())
    # expect: shadowed
    del f.done
    print(f.done())
    # expect: False
    try:
        f.missing
    except AttributeError as e:
        print("AttributeError:", e)
        # expect: AttributeError: '_asyncio.Future' object has no attribute 'missing'
    t = asyncio.create_task(work())
    for i in range(3):
        print(t.done())
        # expect: False
        # expect: False
        # expect: False
    t.label = "worker"
    print(await t, t.label, t.done())
    # expect: 7 worker True
    e = asyncio.Event()
    print(getattr(f, "tag"), hasattr(f, "nope"), hasattr(t, "label"))
    # expect: first False True
    f.set_result(3)
    print(await f, f.tag)
    # expect: 3 first
    o = object()
    try:
        o.x = 1
    except AttributeError as e:
        print("AttributeError:", e)
        # expect: AttributeError: 'object' object has no attribute 'x'

asyncio.run(main())
