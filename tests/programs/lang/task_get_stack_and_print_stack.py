# Task.get_stack gives a suspended task's coroutine frame at its await, a failed one's traceback frames, nothing once cancelled; print_stack writes them as CPython does
import asyncio, sys, io

async def worker():
    await asyncio.sleep(0)
    await asyncio.sleep(10)

async def failing():
    await asyncio.sleep(0)
    raise ValueError("broken")

async def main():
    t = asyncio.ensure_future(worker())
    print([(f.f_code.co_name, f.f_lineno) for f in t.get_stack()])
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([(f.f_code.co_name, f.f_lineno) for f in t.get_stack()])
    print(len(t.get_stack(limit=0)))
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"), end="")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.get_stack())
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"), end="")

    f = asyncio.ensure_future(failing(), )
    f.set_name("F")
    await asyncio.wait([f])
    f.exception()
    print([(fr.f_code.co_name, fr.f_lineno) for fr in f.get_stack()])
    buf = io.StringIO()
    f.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"), end="")

    me = asyncio.current_task()
    print([(fr.f_code.co_name) for fr in me.get_stack()][-1])
    try:
        me.get_stack(3)
    except TypeError as e:
        print("TypeError")

asyncio.run(main())
# expect: [('worker', 4)]
# expect: [('worker', 6)]
# expect: 0
# expect: Stack for <Task pending name='Task-2' coro=<worker() running at FILE:6> wait_for=<Future pending cb=[Task.task_wakeup()]>> (most recent call last):
# expect:   File "FILE", line 6, in worker
# expect:     await asyncio.sleep(10)
# expect: cancelled []
# expect: No stack for <Task cancelled name='Task-2' coro=<worker() done, defined at FILE:4>>
# expect: [('failing', 10)]
# expect: Traceback for <Task finished name='F' coro=<failing() done, defined at FILE:8> exception=ValueError('broken')> (most recent call last):
# expect:   File "FILE", line 10, in failing
# expect:     raise ValueError("broken")
# expect: ValueError: broken
# expect: main
# expect: TypeError
