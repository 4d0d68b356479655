# sys.exit() in asyncio.run's main coroutine exits quietly with its status
# (no never-retrieved report for the task it ended).
import asyncio, sys

async def main():
    print("leaving")
    sys.exit(3)

asyncio.run(main())
# expect: leaving
# expect exit: 3
