# The subprocess part of asyncio is compiled on first use, after the I/O part
# it builds on, whichever name or loop method asks for it first.
import asyncio
loop = asyncio.new_event_loop()
print(callable(loop.subprocess_exec), callable(loop.connect_read_pipe))
print(asyncio.StreamReader.__name__, asyncio.create_subprocess_exec.__name__)


async def main():
    proc = await asyncio.create_subprocess_exec("echo", "hi", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print(out, proc.returncode)

asyncio.run(main())
loop.close()
try:
    asyncio.nope
except AttributeError as e:
    print(e)
# expect: True True
# expect: StreamReader create_subprocess_exec
# expect: b'hi\n' 0
# expect: module 'asyncio' has no attribute 'nope'
