# asyncio.run, loop.run_until_complete and ensure_future (native in coro):
# their checks, messages and shutdown steps, and custom policies.
import asyncio
import sys


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaited"


async def child(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    # ensure_future on a coroutine, a future and an awaitable object.
    t = asyncio.ensure_future(child(4))
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result(1)
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError:", e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print("ValueError:", e)
    other.close()
    # asyncio.run inside a running loop is refused.
    coro = child(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

# run_until_complete on a plain loop: closed, stopped early, a plain future.
loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_soon(fut.set_result, "plain")
print(loop.run_until_complete(fut))
stopped = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(stopped)
except RuntimeError as e:
    print("RuntimeError:", e)
print(loop.run_until_complete(child(21)))
loop.close()
try:
    loop.run_until_complete(stopped)
except RuntimeError as e:
    print("RuntimeError:", e)


# A task that fails while being cancelled at the end of asyncio.run is
# reported to the exception handler; one that swallows the cancellation
# is left to finish.
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("refused to cancel")


async def starts_background():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: print("handler:", ctx["message"], repr(ctx["exception"])))
    asyncio.ensure_future(stubborn())
    await asyncio.sleep(0)
    return "left one behind"


print(asyncio.run(starts_background()))


# A custom policy makes the loops asyncio.run uses.
class Loop(asyncio.SelectorEventLoop):
    pass


class Policy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("policy makes a loop")
        return Loop()


asyncio.set_event_loop_policy(Policy())


async def which():
    return type(asyncio.get_running_loop()).__name__


print(asyncio.run(which()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


# An exception from main propagates with its traceback; the loop is closed.
async def fails():
    raise KeyError("lost")


try:
    asyncio.run(fails())
except KeyError as e:
    print("KeyError:", e)
# expect: Task 8
# expect: True
# expect: awaited
# expect: TypeError: An asyncio.Future, a coroutine or an awaitable is required
# expect: ValueError: The future belongs to a different loop than the one specified as the loop argument
# expect: RuntimeError: asyncio.run() cannot be called from a running event loop
# expect: main done
# expect: ValueError: a coroutine was expected, got 42
# expect: plain
# expect: RuntimeError: Event loop stopped before Future completed.
# expect: 42
# expect: RuntimeError: Event loop is closed
# expect: handler: unhandled exception during asyncio.run() shutdown ValueError('refused to cancel')
# expect: left one behind
# expect: policy makes a loop
# expect: Loop
# expect: RuntimeError: There is no current event loop in thread 'MainThread'.
# expect: policy makes a loop
# expect: KeyError: 'lost'
