# In a task too: an awaited cleanup that suspends still sees the handled exception.
import asyncio, sys
async def cleanup():
    await asyncio.sleep(0)
    print("in cleanup:", sys.exc_info()[0].__name__)
    raise RuntimeError("cleanup failed")
async def work():
    try:
        raise KeyError("first")
    except KeyError:
        await cleanup()
async def main():
    try:
        await work()
    except RuntimeError as e:
        print("context:", repr(e.__context__))
    print("after:", sys.exc_info()[0])
asyncio.run(main())
# expect: in cleanup: KeyError
# expect: context: KeyError('first')
# expect: after: None
