# A task whose exception nobody retrieves is reported when it is dropped,
# as CPython's reference counting does: a task nobody kept, as soon as the
# loop has nothing else to run; tasks held by a coroutine's locals, when
# that coroutine returns (before run_until_complete does).
import asyncio

def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))

async def failing(what):
    raise OSError(what)

async def fire_and_forget():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(failing("lost"))
    for i in range(3):
        await asyncio.sleep(0.01)
        print("tick", i)

async def keeps_one():
    asyncio.get_running_loop().set_exception_handler(handler)
    kept = asyncio.create_task(failing("kept"))
    await asyncio.sleep(0.01)
    print("returning")

asyncio.run(fire_and_forget())
print("between")
asyncio.run(keeps_one())
print("end")
# expect: handler: Task exception was never retrieved OSError('lost')
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: between
# expect: returning
# expect: handler: Task exception was never retrieved OSError('kept')
# expect: end
