# asyncio.timeout and timeout_at: expiry turns the cancellation into
# TimeoutError, rescheduling, nesting, and misuse errors.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, cm.expired())
    print(repr(cm))
    # expect: True
    # expect: TimeoutError TimeoutError() CancelledError True
    # expect: <Timeout [expired]>

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), repr(cm))
    # expect: False <Timeout [finished]>

    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        print(cm.when() is not None)
    # expect: None
    # expect: True

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("past deadline")
    # expect: past deadline

    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(5):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner")
    except TimeoutError:
        print("outer")
    # expect: outer

    cm = asyncio.timeout(1)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print(e)
    # expect: Timeout has not been entered
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(e)
    # expect: Timeout has already been entered
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print(e)
    # expect: Cannot change state of finished Timeout

    task = asyncio.current_task()
    print(task.cancelling())
    # expect: 0

asyncio.run(main())
