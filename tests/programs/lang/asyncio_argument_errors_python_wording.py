# Errors from asyncio functions CPython writes in Python are worded as
# Python words them.
import asyncio

def cb():
    pass

loop = asyncio.new_event_loop()
try:
    loop.call_later("x", cb)
except TypeError as e:
    print(e)

async def main():
    try:
        await asyncio.gather(loop=loop)
    except TypeError as e:
        print(e)

loop.run_until_complete(main())
loop.close()
# expect: unsupported operand type(s) for +: 'float' and 'str'
# expect: gather() got an unexpected keyword argument 'loop'
