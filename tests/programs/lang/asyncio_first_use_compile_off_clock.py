# Compiling code on its first use does not count as time passing: a timer
# due a little later still fires after code CPython runs first.
# timing-sensitive: main's work (about 6 ms) must finish before a 30 ms timer
import asyncio


async def ticker():
    await asyncio.sleep(0.03)
    print("ticker wakes at 30 ms")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0.001)
    # Each first use compiles library code; the imports compile whole modules.
    import json, re, textwrap, dataclasses, enum, typing, heapq, bisect, functools
    q = asyncio.Queue()
    await q.put(json.dumps({"a": [1, 2]}))
    print(await q.get(), re.sub(r"\d", "#", "a1b2"), textwrap.shorten("hello big world", 12))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.Barrier(1).wait())
    async with asyncio.timeout(1):
        await asyncio.wait_for(asyncio.sleep(0.001), 1)
    cond = asyncio.Condition()
    async with cond:
        cond.notify_all()

    @dataclasses.dataclass
    class P:
        x: int

    class Color(enum.Enum):
        RED = 1

    print(P(1), Color.RED, typing.Optional[int])
    print("main done at about 3 ms")
    await t


asyncio.run(main())
# expect: {"a": [1, 2]} a#b# hello [...]
# expect: main.<locals>.P(x=1) Color.RED typing.Optional[int]
# expect: main done at about 3 ms
# expect: ticker wakes at 30 ms
