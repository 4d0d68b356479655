# ag_running is True while the generator runs, and while a step of it
# (__anext__/asend/athrow) is suspended inside an await; False when it is
# suspended at a yield or done.
import asyncio


class Aw:
    def __await__(self):
        yield


async def ag():
    print("inside:", a.ag_running)
    await Aw()
    yield 1
    await Aw()
    yield 2


a = ag()
print("created:", a.ag_running)
n = a.__anext__()
try:
    n.send(None)
except StopIteration:
    pass
print("awaiting:", a.ag_running)
try:
    n.send(None)
except StopIteration as e:
    print("yielded", e.value, a.ag_running)
n = a.asend(None)
n.send(None)
print("awaiting again:", a.ag_running)
try:
    n.send(None)
except StopIteration as e:
    print("yielded", e.value, a.ag_running)


async def ag2():
    await asyncio.sleep(0)
    yield "x"

g = ag2()


async def drive():
    async for v in g:
        print("got", v, g.ag_running)
    print("done", g.ag_running)

asyncio.run(drive())
# expect: created: False
# expect: inside: True
# expect: awaiting: True
# expect: yielded 1 False
# expect: awaiting again: True
# expect: yielded 2 False
# expect: got x False
# expect: done False
