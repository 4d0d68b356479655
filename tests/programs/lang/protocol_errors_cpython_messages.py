# Broken iterator and awaitable protocols raise CPython's TypeErrors; a
# coroutine suspended under one awaiter refuses a second one.
import asyncio

class BadIter:
    def __iter__(self):
        return [1, 2]

class BadAwait:
    def __await__(self):
        return 42

class Pause:
    def __await__(self):
        yield

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def slow():
    await Pause()
    return "done"

async def waiter(c):
    return await c

def gen():
    try:
        yield
    except TypeError as e:
        yield repr(e)

for make in [lambda: iter(BadIter()), lambda: [x for x in BadIter()]]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

it = gen()
next(it)
print(it.throw(TypeError, ("a", "b")))
for bad in [42, int]:
    try:
        it.throw(bad)
    except TypeError as e:
        print("TypeError:", e)

c = slow()
first, second = waiter(c), waiter(c)
first.send(None)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def main():
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
# expect: TypeError: iter() returned non-iterator of type 'list'
# expect: TypeError: iter() returned non-iterator of type 'list'
# expect: TypeError('a', 'b')
# expect: TypeError: exceptions must be classes or instances deriving from BaseException, not int
# expect: TypeError: exceptions must be classes or instances deriving from BaseException, not type
# expect: RuntimeError: coroutine is being awaited already
# expect: TypeError: __await__() returned non-iterator of type 'int'
# expect: TypeError: 'async for' received an invalid object from __anext__: int
