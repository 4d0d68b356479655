# A bulk transfer with flow control: while the server does not read, the
# client's writes fill the transport's buffer past the high-water mark, the
# protocol is paused and drain() waits; once the server reads, all bytes
# arrive intact and drain() returns.
import asyncio

TOTAL = 8 * 1024 * 1024
CHUNK = 64 * 1024


class Counting(asyncio.Protocol):
    def __init__(self):
        self.received = 0
        self.checksum = 0
        self.eof = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport
        transport.pause_reading()

    def data_received(self, data):
        self.received += len(data)
        self.checksum = (self.checksum + sum(data[::4096])) % 1000003

    def eof_received(self):
        self.eof.set_result(self.received)


async def main():
    loop = asyncio.get_running_loop()
    protocols = []

    def factory():
        p = Counting()
        protocols.append(p)
        return p

    server = await loop.create_server(factory, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    transport = writer.transport
    print(transport.get_write_buffer_limits())
    block = bytes(range(256)) * (CHUNK // 256)
    for _ in range(TOTAL // CHUNK):
        writer.write(block)
    print("buffered past high water:", transport.get_write_buffer_size() > 64 * 1024)
    drain = asyncio.create_task(writer.drain())
    await asyncio.sleep(0.05)
    print("drain waits while the peer does not read:", not drain.done())
    while not protocols:
        await asyncio.sleep(0.01)
    protocols[0].transport.resume_reading()
    await asyncio.wait_for(drain, 30)
    print("drained:", transport.get_write_buffer_size() == 0)
    writer.write_eof()
    received = await asyncio.wait_for(protocols[0].eof, 30)
    expected = (sum(block[::4096]) * (TOTAL // CHUNK)) % 1000003
    print(received == TOTAL, protocols[0].checksum == expected)
    writer.close()
    await writer.wait_closed()
    protocols[0].transport.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
# expect: (16384, 65536)
# expect: buffered past high water: True
# expect: drain waits while the peer does not read: True
# expect: drained: True
# expect: True True
