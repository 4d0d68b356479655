# str.join and bytes.join turn a TypeError from iter() into "can only join
# an iterable" (CPython's PySequence_Fast), async generator expressions included.
import asyncio

async def words():
    yield "a"
    yield "b"

class BadIter:
    def __iter__(self):
        raise TypeError("inner")

class NotIterator:
    def __iter__(self):
        return 5

class FailsLater:
    def __iter__(self):
        return self
    def __next__(self):
        raise TypeError("raised by __next__")

for sep in ("", b"", bytearray(b"-")):
    for arg in (5, None, BadIter(), NotIterator(), FailsLater()):
        try:
            sep.join(arg)
        except TypeError as e:
            print(type(sep).__name__, type(arg).__name__, "TypeError:", e)
print("-".join(iter("abc")), b"+".join([b"x", bytearray(b"y")]))

async def main():
    return "".join(w async for w in words())

try:
    asyncio.run(main())
except TypeError as e:
    print("async genexp TypeError:", e)
# expect: str int TypeError: can only join an iterable
# expect: str NoneType TypeError: can only join an iterable
# expect: str BadIter TypeError: can only join an iterable
# expect: str NotIterator TypeError: can only join an iterable
# expect: str FailsLater TypeError: raised by __next__
# expect: bytes int TypeError: can only join an iterable
# expect: bytes NoneType TypeError: can only join an iterable
# expect: bytes BadIter TypeError: can only join an iterable
# expect: bytes NotIterator TypeError: can only join an iterable
# expect: bytes FailsLater TypeError: raised by __next__
# expect: bytearray int TypeError: can only join an iterable
# expect: bytearray NoneType TypeError: can only join an iterable
# expect: bytearray BadIter TypeError: can only join an iterable
# expect: bytearray NotIterator TypeError: can only join an iterable
# expect: bytearray FailsLater TypeError: raised by __next__
# expect: a-b-c b'x+y'
# expect: async genexp TypeError: can only join an iterable
