# asyncio's classes name the submodule CPython defines them in, and a Task
# subclass's repr names the subclass.
import asyncio

class MyTask(asyncio.Task):
    pass

async def five():
    return 5

async def main():
    t = MyTask(five(), name="mine")
    await t
    print(repr(t).split(" coro=")[0], repr(t).split("> ")[-1])
    r = asyncio.StreamReader()
    r.feed_data(b"ab")
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__module__, e, e.partial)

asyncio.run(main())
for cls in (asyncio.LimitOverrunError, asyncio.StreamReader, asyncio.StreamWriter, asyncio.Protocol, asyncio.Transport):
    print(cls.__module__, cls.__name__)
# expect: <MyTask finished name='mine' result=5>
# expect: asyncio.exceptions 2 bytes read on a total of 5 expected bytes b'ab'
# expect: asyncio.exceptions LimitOverrunError
# expect: asyncio.streams StreamReader
# expect: asyncio.streams StreamWriter
# expect: asyncio.protocols Protocol
# expect: asyncio.transports Transport
