# Generator, coroutine and async generator attributes: __name__,
# __qualname__, gi_running / cr_running / ag_running, gi_yieldfrom, cr_await.
import asyncio

class Box:
    def items(self):
        yield 1

def inner():
    yield 1
    yield 2

def outer():
    yield from inner()

async def co():
    await asyncio.sleep(0)

async def ag():
    yield 1

g, c, a, m = outer(), co(), ag(), Box().items()
print(g.__name__, g.__qualname__, m.__qualname__, c.__name__, a.__qualname__)
print(g.gi_running, g.gi_yieldfrom, c.cr_running, c.cr_await, a.ag_running)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
def watcher():
    yield w.gi_running
w = watcher()
print(next(w), w.gi_running, type(w).__name__, type(c).__qualname__)
c.close()
# expect: outer outer Box.items co ag
# expect: False None False None False
# expect: generator inner
# expect: True False generator coroutine
