# `await f(x)` on a global name remembers the coroutine function it
# entered; the name bound to another coroutine function, to one taking
# other arguments, to a plain function returning an awaitable, or to one
# returning a non-awaitable, is still called and awaited as CPython does.
import asyncio


async def plus_one(n):
    return n + 1


async def times_ten(n):
    await asyncio.sleep(0)
    return n * 10


async def two_args(n, m=5):
    return n + m


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


def awaitable(n):
    return Ready(n - 1)


def plain(n):
    return n


async def main():
    global f
    for g in [plus_one, times_ten, plus_one, two_args, awaitable, plus_one, plain, times_ten]:
        f = g
        try:
            print(g.__name__, await f(3))
        except TypeError as e:
            print(g.__name__, "TypeError:", e)


asyncio.run(main())
# expect: plus_one 4
# expect: times_ten 30
# expect: plus_one 4
# expect: two_args 8
# expect: awaitable 2
# expect: plus_one 4
# expect: plain TypeError: object int can't be used in 'await' expression
# expect: times_ten 30
