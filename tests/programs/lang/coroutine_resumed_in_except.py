# A coroutine resumed inside an awaiting coroutine's except block sees the
# exception being handled (sys.exc_info, __context__), however deep the chain.
import sys
class Aw:
    def __await__(self):
        yield
async def inner():
    await Aw()
    print("exc_info:", sys.exc_info()[0])
    raise ValueError("inner")
async def outer():
    try:
        raise KeyError("first")
    except KeyError:
        await inner()
c = outer(); c.send(None)
try: c.send(None)
except ValueError as e: print("context:", repr(e.__context__))

def ginner():
    yield
    print("g exc_info:", sys.exc_info()[0])
    raise ValueError("inner")
def gouter():
    try:
        raise KeyError("first")
    except KeyError:
        yield from ginner()
g = gouter(); next(g)
try: next(g)
except ValueError as e: print("g context:", repr(e.__context__))

async def inner2():
    print("before:", sys.exc_info()[0])
    await Aw()
    print("after:", sys.exc_info()[0])
async def outer2():
    try:
        raise KeyError("first")
    except KeyError:
        await inner2()
        print("outer after:", sys.exc_info()[0])
c = outer2(); c.send(None)
try: c.send(None)
except StopIteration: print("done")
# expect: exc_info: <class 'KeyError'>
# expect: context: KeyError('first')
# expect: g exc_info: <class 'KeyError'>
# expect: g context: KeyError('first')
# expect: before: <class 'KeyError'>
# expect: after: <class 'KeyError'>
# expect: outer after: <class 'KeyError'>
# expect: done
