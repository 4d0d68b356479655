# An except* handler may await or yield before it raises: what it raises
# still joins the rest at the end of the statement.
import asyncio


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            async def bad(n):
                await asyncio.sleep(0)
                raise ValueError(n)
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as eg:
        await asyncio.sleep(0)
        print("caught", sorted(e.args[0] for e in eg.exceptions))
        raise RuntimeError("wrapped")
    

try:
    asyncio.run(main())
except RuntimeError as e:
    print(repr(e), type(e.__context__).__name__)


def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [KeyError(1), IndexError(2)])
    except* KeyError:
        yield 2
        raise
    except* IndexError:
        yield 3


g = gen()
print(next(g), next(g), next(g))
try:
    next(g)
except ExceptionGroup as e:
    print(repr(e))
# expect: caught [1, 2]
# expect: RuntimeError('wrapped') ExceptionGroup
# expect: 1 2 3
# expect: ExceptionGroup('g', [KeyError(1)])
