# Ctrl-C while asyncio.run waits: the main task is cancelled (its handlers
# and the other tasks' finally blocks run), then KeyboardInterrupt ends it.
import asyncio
async def child():
    try:
        await asyncio.sleep(10)
    finally:
        print("child finally")
async def main():
    asyncio.create_task(child())
    try:
        print("ready", flush=True)
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
asyncio.run(main())
