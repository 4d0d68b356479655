# An exception handler must be callable; an error inside it goes to the
# default handler ("Unhandled error in exception handler") and the loop runs on.
import asyncio

def bad_handler(loop, ctx):
    raise RuntimeError("handler broke")

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(e)
    loop.set_exception_handler(bad_handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "direct"})
    print("end")

asyncio.run(main())
# expect: A callable object or None is expected, got 5
# expect: end
# expect exit: 0
# expect error: Unhandled error in exception handler
# expect error: RuntimeError: handler broke
