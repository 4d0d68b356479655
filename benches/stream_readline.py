# Reads 400,000 lines already buffered in a StreamReader: each readline()
# searches the buffer for b"\n" and cuts the line off its front.
import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"".join(b"line %d\n" % i for i in range(400000)))
    reader.feed_eof()
    n = 0
    async for line in reader:
        n += len(line)
    print(n)


asyncio.run(main())
