# A yield-from or await chain that grows a level at a time meets the
# recursion limit, as each level is a nested resume in CPython.
import asyncio
def count_up(n, limit):
    yield n
    if n < limit:
        yield from count_up(n + 1, limit)
print(sum(count_up(0, 500)))
try:
    print(sum(count_up(0, 1500)))
except RecursionError as e:
    print("RE", e)
def forever(n):
    yield n
    yield from forever(n + 1)
try:
    for x in forever(0):
        pass
except RecursionError as e:
    print("RE", e)
async def rec(n, limit):
    await asyncio.sleep(0)
    if n < limit:
        return await rec(n + 1, limit)
    return n
print(asyncio.run(rec(0, 300)))
try:
    asyncio.run(rec(0, 3000))
except RecursionError as e:
    print("RE", e)
# expect: 125250
# expect: RE maximum recursion depth exceeded
# expect: RE maximum recursion depth exceeded
# expect: 300
# expect: RE maximum recursion depth exceeded
