# SystemExit raised by asyncio.run's main task ends the program with its
# status, and reports nothing: the task's exception is the one leaving run.
import asyncio

async def main():
    print("main")
    await asyncio.sleep(0)
    raise SystemExit(3)

asyncio.run(main())
# expect: main
# expect exit: 3
