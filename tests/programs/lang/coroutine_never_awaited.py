# A coroutine that is never awaited gets CPython's RuntimeWarning on stderr
# (once per coroutine function); awaited, closed or run ones do not.
import asyncio

async def forgotten():
    return 1

async def used():
    return 2

async def closed():
    return 3

def drop():
    forgotten()

drop()
kept = forgotten()
c = closed()
c.close()
print(asyncio.run(used()))
# expect: 2
# expect error: RuntimeWarning: coroutine 'forgotten' was never awaited
# expect exit: 0
# expect error: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
