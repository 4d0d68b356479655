# Leaving `with asyncio.Runner():` inside a running loop raises, as
# CPython's Runner.close runs loop.shutdown_asyncgens() to completion;
# the runner is closed all the same.
import asyncio

async def main():
    r = asyncio.Runner()
    try:
        with r:
            print("inside")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        r.get_loop()
    except RuntimeError as e:
        print("after:", e)
    print(asyncio.get_running_loop().is_running())

asyncio.run(main())
print("end")
# expect: inside
# expect: RuntimeError: Cannot run the event loop while another loop is running
# expect: after: Runner is closed
# expect: True
# expect: end
# expect error: RuntimeWarning: coroutine 'BaseEventLoop.shutdown_asyncgens' was never awaited
# expect exit: 0
