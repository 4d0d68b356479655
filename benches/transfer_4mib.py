# A 4 MiB transfer through a local server, eight times: the client writes
# 64 KiB chunks with drain() (flow control), the server reads with
# read(65536) and counts, then answers with the byte count and a checksum.
import asyncio

TOTAL = 4 * 1024 * 1024
CHUNK = 64 * 1024
ROUNDS = 8


async def handle(reader, writer):
    received = 0
    checksum = 0
    while True:
        data = await reader.read(65536)
        if not data:
            break
        received += len(data)
        checksum = (checksum + data[0] + data[-1]) % 65521
    writer.write(f"{received}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def transfer(port, block):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(TOTAL // CHUNK):
        writer.write(block)
        await writer.drain()
    writer.write_eof()
    answer = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return int(answer)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    block = bytes(range(256)) * (CHUNK // 256)
    total = 0
    for _ in range(ROUNDS):
        total += await asyncio.wait_for(transfer(port, block), 60)
    server.close()
    await server.wait_closed()
    print(total, total == TOTAL * ROUNDS)


asyncio.run(main())
