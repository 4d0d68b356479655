# asyncio.Condition exports its lock's locked/acquire/release, as CPython's
# does: a lock without them is refused at construction.
import asyncio

async def main():
    try:
        asyncio.Condition(object())
    except AttributeError as e:
        print("AttributeError:", e)
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    print(cond.acquire == lock.acquire, cond.locked())
    async with cond:
        print(lock.locked(), cond.locked())
    print(lock.locked())

asyncio.run(main())
# expect: AttributeError: 'object' object has no attribute 'locked'
# expect: True False
# expect: True True
# expect: False
