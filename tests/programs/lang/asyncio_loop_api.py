# The event loop: callback order, timers, handles, stop, close and handlers.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
seen = []
loop.call_soon(seen.append, "soon1")
h = loop.call_soon(seen.append, "cancelled")
loop.call_later(0.02, seen.append, "later 0.02")
loop.call_later(0.01, seen.append, "later 0.01 a")
loop.call_later(0.01, seen.append, "later 0.01 b")
t = loop.call_at(loop.time() + 0.005, seen.append, "at 0.005")
print(type(t).__name__, t.when() > 0, h.cancelled())
h.cancel()
print(h.cancelled())
loop.call_soon(seen.append, "soon2")
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(seen)

def boom():
    raise ValueError("in callback")

contexts = []
loop.set_exception_handler(lambda lp, ctx: contexts.append((ctx["message"].split(" at ")[0], ctx["message"].endswith(":21"), type(ctx["exception"]).__name__)))
loop.call_soon(boom)
loop.call_soon(loop.stop)
loop.run_forever()
print(contexts)

async def running():
    lp = asyncio.get_running_loop()
    print("inside:", lp is loop, lp.is_running())
    try:
        lp.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    return 7

print(loop.run_until_complete(running()))
made = []
def factory(lp, coro):
    made.append(1)
    return asyncio.Task(coro, loop=lp)
loop.set_task_factory(factory)
print(loop.get_task_factory() is factory, loop.run_until_complete(running()), made)
loop.set_task_factory(None)
loop.close()
print(loop.is_closed())
for attempt in (lambda: loop.call_soon(print), lambda: loop.run_until_complete(running()), lambda: loop.create_future().set_result(1) or loop.call_later(1, print)):
    try:
        attempt()
    except RuntimeError as e:
        print("RuntimeError:", e)
loop.close()
# expect: False False
# expect: TimerHandle True False
# expect: True
# expect: ['soon1', 'soon2', 'at 0.005', 'later 0.01 a', 'later 0.01 b', 'later 0.02']
# expect: [('Exception in callback boom()', True, 'ValueError')]
# expect: inside: True True
# expect: RuntimeError: This event loop is already running
# expect: 7
# expect: inside: True True
# expect: RuntimeError: This event loop is already running
# expect: True 7 [1]
# expect: True
# expect: RuntimeError: Event loop is closed
# expect: RuntimeError: Event loop is closed
# expect: RuntimeError: Event loop is closed
# expect error: RuntimeWarning: coroutine 'sleep' was never awaited
# expect error: RuntimeWarning: coroutine 'running' was never awaited
# expect exit: 0
