# StreamReader over a real connection: read(n), read(), readline,
# readexactly, readuntil, at_eof, IncompleteReadError, LimitOverrunError.
import asyncio


async def main():
    done = asyncio.Event()

    async def handle(reader, writer):
        writer.write(b"line one\nabc|def|" + b"x" * 40 + b"|tail")
        await writer.drain()
        await done.wait()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    print(await reader.readline())
    print(await reader.readuntil(b"|"))
    print(await reader.readexactly(4))
    try:
        await reader.readuntil(b"|")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError", e, e.consumed > 16)
    print(await reader.read(40))
    print(await reader.readexactly(1))
    done.set()
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, isinstance(e, EOFError), e, e.partial, e.expected)
    print(reader.at_eof(), await reader.read(), await reader.readline())
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print(e, e.expected)
    print(await reader.readexactly(0), await reader.read(0))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    r = asyncio.StreamReader()
    r.feed_data(b"ab\ncd")
    r.feed_eof()
    print([line async for line in r])
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)


asyncio.run(main())
# expect: b'line one\n'
# expect: b'abc|'
# expect: b'def|'
# expect: LimitOverrunError Separator is found, but chunk is longer than limit True
# expect: b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
# expect: b'|'
# expect: IncompleteReadError True 4 bytes read on a total of 10 expected bytes b'tail' 10
# expect: True b'' b''
# expect: 0 bytes read on a total of undefined expected bytes None
# expect: b'' b''
# expect: [b'ab\n', b'cd']
# expect: Limit cannot be <= 0
