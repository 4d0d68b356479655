# An await may stand in an assert, a del target, an assignment target and a
# chained comparison; each operand is evaluated when CPython evaluates it.
import asyncio

async def f(x):
    await asyncio.sleep(0)
    return x * 2

class Box:
    pass

async def main():
    # assert: the message is evaluated only when the test fails
    assert await f(1) == 2, await f(100)
    try:
        assert await f(1) == 3, f"got {await f(1)}"
    except AssertionError as e:
        print("assert", repr(e))
    # del: targets one after another
    d = {1: "a", 2: "b", 3: "c"}
    del d[await f(1) - 1], d[await f(1) + 1]
    print(d)
    # assignment targets: the value first, then each target's operands
    e = {}
    e[await f(1)] = await f(2)
    b = Box()
    b.x, (e[await f(5)], *b.rest) = 1, [2, 3, 4]
    a = e[await f(0)] = 7
    print(e, b.x, b.rest, a)
    # chained comparisons stop at the first false one
    print(1 < await f(1) < 3, 3 < await f(1) < await f(100), 1 < 2 < await f(1) < 5 < 6)

asyncio.run(main())
# expect: assert AssertionError('got 2')
# expect: {2: 'b'}
# expect: {2: 4, 10: 2, 0: 7} 1 [3, 4] 7
# expect: True False False
