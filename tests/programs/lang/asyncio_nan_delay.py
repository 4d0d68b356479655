# A timer whose delay is NaN is due at once, as CPython's loop treats it
# (it never compares as later than now); it must not spin the loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(float("nan"), print, "nan callback")
    loop.call_later(0.001, print, "later callback")
    await asyncio.sleep(float("nan"))
    print("slept nan")
    await asyncio.sleep(0.005)
    print("done")

asyncio.run(main())
# expect: nan callback
# expect: later callback
# expect: slept nan
# expect: done
