import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello, {name}")


async def main():
    await asyncio.gather(greet("world", 0.02), greet("coro", 0.01))


asyncio.run(main())
