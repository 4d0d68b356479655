import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
log = []


def note(msg):
    log.append(f"[{request_id.get()}] {msg}")


async def handler(rid, delay):
    request_id.set(rid)
    note("start")
    await asyncio.sleep(delay)
    await inner()
    note("end")
    return request_id.get()


async def inner():
    note("inner sees its task's value")


async def main():
    request_id.set("main")
    results = await asyncio.gather(handler("a", 0.02), handler("b", 0.01), handler("c", 0))
    print(results, request_id.get())
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    loop.call_soon(lambda: (note("call_soon copies the caller's context"), None)[1])
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    loop.call_soon(note, "call_soon with context=", context=ctx)
    loop.call_later(0.001, lambda: (note("call_later"), done.set()))
    await done.wait()
    t = asyncio.create_task(handler("d", 0), context=ctx)
    print(await t, ctx[request_id], request_id.get())
    async def child():
        note("child inherits at creation")
        request_id.set("child changed")
    request_id.set("before child")
    c = asyncio.create_task(child())
    request_id.set("after child created")
    await c
    note("parent unaffected")


asyncio.run(main())
print("\n".join(log))
print(request_id.get())
# expect: ['a', 'b', 'c'] main
# expect: d d main
# expect: [a] start
# expect: [b] start
# expect: [c] start
# expect: [c] inner sees its task's value
# expect: [c] end
# expect: [b] inner sees its task's value
# expect: [b] end
# expect: [a] inner sees its task's value
# expect: [a] end
# expect: [main] call_soon copies the caller's context
# expect: [in ctx] call_soon with context=
# expect: [main] call_later
# expect: [d] start
# expect: [d] inner sees its task's value
# expect: [d] end
# expect: [before child] child inherits at creation
# expect: [after child created] parent unaffected
# expect: -
