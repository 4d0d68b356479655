# A StreamReader hands out what it read as bytes of their own: taking part
# of the buffer, all of it, or up to a separator leaves the rest in order,
# and later data never changes what was handed out before.
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"abcdef")
    first = await r.read(2)
    r.feed_data(b"gh")
    second = await r.read(3)
    third = await r.readexactly(3)
    print(first, second, third)
    r.feed_data(b"whole")
    whole = await r.read(100)
    r.feed_data(b"XXXXX")
    print(whole, await r.read(5), whole)
    r.feed_data(b"one\ntwo\nthr")
    print(await r.readline(), await r.readuntil(b"\n"))
    r.feed_data(b"ee")
    r.feed_eof()
    print(await r.read(), await r.read(), r.at_eof())
    w = asyncio.StreamReader()
    w.feed_data(b"12345")
    w.feed_eof()
    try:
        await w.readexactly(9)
    except asyncio.IncompleteReadError as e:
        print(e.partial, e.expected)

asyncio.run(main())
# expect: b'ab' b'cde' b'fgh'
# expect: b'whole' b'XXXXX' b'whole'
# expect: b'one\n' b'two\n'
# expect: b'three' b'' True
# expect: b'12345' 9
