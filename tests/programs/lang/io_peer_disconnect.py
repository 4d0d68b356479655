# A peer that goes away mid-stream: a short read gives IncompleteReadError;
# a peer that aborts with unread data resets the connection, and reads,
# drain() and wait_closed() raise ConnectionResetError; writing to a closed
# peer ends in a ConnectionError.
import asyncio


async def main():
    async def partial(reader, writer):
        writer.write(b"partial")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(partial, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    try:
        await asyncio.wait_for(r.readexactly(100), 10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e.partial, e.expected)
    print(r.at_eof())
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()

    async def aborting(reader, writer):
        writer.transport.pause_reading()
        await asyncio.sleep(0.1)
        writer.transport.abort()

    server = await asyncio.start_server(aborting, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"x" * 1000)
    await w.drain()
    try:
        await asyncio.wait_for(r.read(100), 10)
    except ConnectionResetError as e:
        print(type(e).__name__, e)
    try:
        await w.drain()
    except ConnectionResetError as e:
        print("drain:", type(e).__name__, e)
    try:
        await w.wait_closed()
    except ConnectionResetError as e:
        print("wait_closed:", e)
    print(w.is_closing())
    server.close()
    await server.wait_closed()

    async def closing(reader, writer):
        writer.close()

    server = await asyncio.start_server(closing, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    error = None
    for _ in range(200):
        try:
            w.write(b"y" * 10000)
            await w.drain()
        except ConnectionError as e:
            error = e
            break
        await asyncio.sleep(0.01)
    print("writing to a closed peer:", isinstance(error, (BrokenPipeError, ConnectionResetError)))
    w.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
# expect: IncompleteReadError: b'partial' 100
# expect: True
# expect: ConnectionResetError [Errno 104] Connection reset by peer
# expect: drain: ConnectionResetError [Errno 104] Connection reset by peer
# expect: wait_closed: [Errno 104] Connection reset by peer
# expect: True
# expect: writing to a closed peer: True
