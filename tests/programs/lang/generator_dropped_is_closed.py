# A generator or coroutine dropped while stopped inside try/finally or a
# with block is closed when the collector frees it: its cleanup runs (at
# the latest at exit), as CPython runs it when it frees one.
import gc

# What cleanup does is noted; while `cleaned` is a list, kept there.
cleaned = None

def note(text):
    if cleaned is None:
        print(text)
    else:
        cleaned.append(text)

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        note("countdown finished at %d" % n)

class Resource:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        note("close %s" % (exc[0].__name__ if exc[0] else None))

def reader():
    with Resource():
        yield "line 1"
        yield "line 2"

async def job():
    try:
        await Sleep()
    finally:
        note("job cleaned up")

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

cleaned = []
use_and_drop()
# (Which collection finds each one depends on what the conservative
# stack scan sees: two collections find all three.)
gc.collect()
gc.collect()
print("after the collections", sorted(cleaned))
cleaned = None

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
# expect: after the collections ['close GeneratorExit', 'countdown finished at 2', 'job cleaned up']
# expect: last line
# expect: countdown finished at 5
