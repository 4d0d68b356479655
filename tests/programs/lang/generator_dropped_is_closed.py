# A generator or coroutine dropped while stopped inside try/finally or a
# with block is closed when the collector frees it: its cleanup runs (at
# the latest at exit), as CPython runs it when it frees one.
import gc

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown finished at", n)

class Resource:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("close", exc[0].__name__ if exc[0] else None)

def reader():
    with Resource():
        yield "line 1"
        yield "line 2"

async def job():
    try:
        await Sleep()
    finally:
        print("job cleaned up")

class Sleep:
    def __await__(self):
        yield "tick"

def use_and_drop():
    g = countdown(3)
    print(next(g), next(g))
    r = reader()
    print(next(r))
    c = job()
    print(c.send(None))

use_and_drop()
gc.collect()
print("after the collection")

def plain():
    # Nothing to clean up: closing it shows nothing.
    yield 1

def drop_plain():
    p = plain()
    next(p)

drop_plain()
gc.collect()

def tail():
    g = countdown(5)
    next(g)

# Dropped last: closed at exit.
print("last line")
tail()
# expect: 3 2
# expect: open
# expect: line 1
# expect: tick
# expect: countdown finished at 2
# expect: close GeneratorExit
# expect: job cleaned up
# expect: after the collection
# expect: last line
# expect: countdown finished at 5
