# An echo server with many clients: 1,000 concurrent loopback connections,
# each sending 50 short lines and reading every echo before the next; the
# program checks every reply. Compare with uvloop through benches/uvloop_run.py.
import asyncio

CLIENTS = 1000
MESSAGES = 50


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    echoed = 0
    for j in range(MESSAGES):
        message = b"message %d from client %d\n" % (j, i)
        writer.write(message)
        await writer.drain()
        line = await reader.readline()
        if line != message:
            raise AssertionError("client %d got %r for %r" % (i, line, message))
        echoed += len(line)
    writer.close()
    await writer.wait_closed()
    return echoed


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=CLIENTS)
    port = server.sockets[0].getsockname()[1]
    sizes = await asyncio.wait_for(asyncio.gather(*[client(port, i) for i in range(CLIENTS)]), 120)
    server.close()
    await server.wait_closed()
    print(len(sizes), sum(sizes))


asyncio.run(main())
