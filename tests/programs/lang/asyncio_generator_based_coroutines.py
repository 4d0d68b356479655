# Generator-based coroutines (@types.coroutine, plain generators) and
# objects with __await__/send/throw/close are coroutines to asyncio, as
# CPython's iscoroutine: create_task, asyncio.run, Runner.run and
# run_until_complete take them, and task reprs describe the generator.
import asyncio, types

@types.coroutine
def legacy():
    yield
    return "legacy"

@types.coroutine
def waits(fut):
    r = yield from fut
    return r * 2

def plain():
    yield
    return "plain"

class Coro:
    def __init__(self):
        self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 1:
            raise StopIteration("custom")
    def throw(self, *a):
        raise a[0]
    def close(self):
        pass
    def __await__(self):
        return self

class NotCoro(Coro):
    close = None

async def main():
    print(asyncio.iscoroutine(legacy()), asyncio.iscoroutine(plain()), asyncio.iscoroutine(Coro()))
    print(asyncio.iscoroutine(NotCoro()), asyncio.iscoroutine(5))
    t = asyncio.create_task(legacy(), name="L")
    p = asyncio.create_task(plain(), name="P")
    show = lambda *tasks: print(*[repr(x).replace(__file__, "FILE") for x in tasks])
    show(t, p)
    await asyncio.sleep(0)
    show(t, p)
    print(await t, await p)
    show(t)
    print(await asyncio.gather(legacy()))
    print(await asyncio.wait_for(legacy(), 1))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_result, 21)
    print(await asyncio.create_task(waits(f)))
    print(await asyncio.ensure_future(plain()))
    print(await asyncio.create_task(Coro()))
    try:
        asyncio.create_task(NotCoro())
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])

print(asyncio.run(legacy()))
asyncio.run(main())
with asyncio.Runner() as r:
    print(r.run(legacy()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(legacy()))
loop.close()
# expect: legacy
# expect: True True True
# expect: False False
# expect: <Task pending name='L' coro=<legacy() running at FILE:7>> <Task pending name='P' coro=<plain() running at FILE:17>>
# expect: <Task pending name='L' coro=<legacy() running at FILE:9>> <Task pending name='P' coro=<plain() running at FILE:18>>
# expect: legacy plain
# expect: <Task finished name='L' coro=<legacy() done, defined at FILE:7> result='legacy'>
# expect: ['legacy']
# expect: legacy
# expect: 42
# expect: plain
# expect: custom
# expect: TypeError: a coroutine was expected, got <__main__.NotCoro object
# expect: legacy
# expect: legacy
