# CPython's generator errors: PEP 479, sending to a just-started generator,
# re-entering a running generator, reusing an awaited coroutine.
def stops():
    yield 1
    raise StopIteration("inner")

try:
    list(stops())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def gen():
    yield 1

g = gen()
try:
    g.send(5)
except TypeError as e:
    print(e)

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)

async def coro():
    return 7

c = coro()
try:
    c.send(None)
except StopIteration as s:
    print("value", s.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
# expect: RuntimeError generator raised StopIteration StopIteration
# expect: can't send non-None value to a just-started generator
# expect: generator already executing
# expect: value 7
# expect: cannot reuse already awaited coroutine
