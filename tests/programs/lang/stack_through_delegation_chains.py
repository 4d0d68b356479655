# The levels of a yield-from or await chain show as the frames that resumed its innermost level, stopped at their delegating lines
import sys, traceback
def leaf():
    yield [f.name for f in traceback.extract_stack()]
    yield sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno
    f = sys._getframe(2)
    yield f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name
def mid():
    x = yield from leaf()
    return x
def top():
    yield from mid()
for v in top():
    print(v)
def rec(n):
    if n == 0:
        yield len(traceback.extract_stack())
    else:
        yield from rec(n - 1)
print(list(rec(50)))

import asyncio
async def inner_most():
    await asyncio.sleep(0)
    return [f.name for f in traceback.extract_stack()][-2:], sys._getframe(1).f_lineno
async def middle():
    return await inner_most()
async def main():
    print(await middle())
    print(await asyncio.ensure_future(middle()))
asyncio.run(main())
# expect: ['<module>', 'top', 'mid', 'leaf']
# expect: ('mid', 9)
# expect: ('top', 12, '<module>')
# expect: [52]
# expect: (['middle', 'inner_most'], 27)
# expect: (['middle', 'inner_most'], 27)
