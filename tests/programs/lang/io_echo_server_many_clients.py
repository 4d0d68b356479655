# An echo server on 127.0.0.1 and ::1 with many concurrent clients (bounded
# in count and time): every client gets its own lines back, in order.
import asyncio

CLIENTS = 40
LINES = 5


handlers_done = []


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    handlers_done.append(1)


async def client(host, port, i):
    reader, writer = await asyncio.open_connection(host, port)
    got = []
    for j in range(LINES):
        writer.write(f"client {i} line {j}\n".encode())
        await writer.drain()
        got.append(await reader.readline())
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    ok = got == [f"client {i} line {j}\n".encode() for j in range(LINES)]
    return ok and rest == b""


async def serve(host):
    server = await asyncio.start_server(handle, host, 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.wait_for(asyncio.gather(*[client(host, port, i) for i in range(CLIENTS)]), 30)
    print(host, len(results), all(results), server.is_serving())


async def main():
    await serve("127.0.0.1")
    await serve("::1")
    # localhost resolves (to 127.0.0.1 here).
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("localhost", port)
    w.writelines([b"a", b"b", b"\n"])
    print(await asyncio.wait_for(r.readline(), 10), w.get_extra_info("peername")[0], w.get_extra_info("sockname")[0])
    print(w.is_closing())
    w.close()
    print(w.is_closing())
    await w.wait_closed()
    for _ in range(100):
        if len(handlers_done) == 2 * CLIENTS + 1:
            break
        await asyncio.sleep(0.01)
    print(len(handlers_done))
    server.close()
    await server.wait_closed()
    print(server.sockets, server.is_serving())


asyncio.run(main())
# expect: 127.0.0.1 40 True False
# expect: ::1 40 True False
# expect: b'ab\n' 127.0.0.1 127.0.0.1
# expect: False
# expect: True
# expect: 81
# expect: () False
