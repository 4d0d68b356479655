import asyncio
import contextvars

v = contextvars.ContextVar("v", default="unset")


async def show(tag):
    print(tag, v.get())
    v.set(tag)


ctx = contextvars.Context()
ctx.run(v.set, "from ctx")
with asyncio.Runner() as runner:
    runner.run(show("first"), context=ctx)
    print("ctx now", ctx[v])
    runner.run(show("second"))
print("outside", v.get())


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(show("tg default"))
        tg.create_task(show("tg ctx"), context=ctx)
    print("ctx after tg", ctx[v], "main", v.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_at(loop.time() + 0.001, lambda: fut.set_result(v.get()), context=ctx)
    print("call_at saw", await fut)


asyncio.run(main())
# expect: first from ctx
# expect: ctx now first
# expect: second unset
# expect: outside unset
# expect: tg default unset
# expect: tg ctx first
# expect: ctx after tg tg ctx main unset
# expect: call_at saw tg ctx
