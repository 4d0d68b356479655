# Tasks left running when asyncio.run's main ends are cancelled; each one
# whose cleanup raises is reported through the exception handler (and the
# tasks stay alive until all are reported, even when collections run).
import asyncio

async def bad(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError(f"cleanup {n} failed")

async def main():
    for n in range(1, 4):
        asyncio.create_task(bad(n))
    await asyncio.sleep(0)

asyncio.run(main())
print("end")
# expect: end
# expect exit: 0
# expect error: ValueError: cleanup 1 failed
# expect error: ValueError: cleanup 2 failed
# expect error: ValueError: cleanup 3 failed
# expect error: unhandled exception during asyncio.run() shutdown
