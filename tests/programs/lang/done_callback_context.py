# Done callbacks run in a copy of the context current when they were added, or in the context= given; one with its context is still removable
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def main():
    loop = asyncio.get_running_loop()
    var.set("main-value")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb sees", var.get()))
    ctx = contextvars.Context()
    ctx.run(var.set, "ctx-value")
    fut.add_done_callback(lambda f: print("cb with context sees", var.get()), context=ctx)
    def removed(f):
        print("never")
    fut.add_done_callback(removed)
    print("removed", fut.remove_done_callback(removed))
    var.set("changed after adding")
    fut.set_result(None)
    await asyncio.sleep(0)

    async def child():
        var.set("child-value")
        await asyncio.sleep(0)
    t = asyncio.create_task(child())
    t.add_done_callback(lambda t: print("task cb sees", var.get()))
    await t
    await asyncio.sleep(0)

asyncio.run(main())
# expect: removed 1
# expect: cb sees main-value
# expect: cb with context sees ctx-value
# expect: task cb sees changed after adding
