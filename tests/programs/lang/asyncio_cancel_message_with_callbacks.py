# A task told to cancel while it waits on nothing keeps the message of the
# last cancel() beside its done callbacks, which all still run; futures
# and tasks cancelled with or without a message raise what CPython raises.
import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def spinner():
    while True:
        await asyncio.sleep(0)

async def main():
    for msg in [None, "bye", 0]:
        t = asyncio.ensure_future(sleeper())
        t.add_done_callback(lambda f: print("cb", f.cancelled()))
        t.cancel(msg)
        try:
            await t
        except asyncio.CancelledError as e:
            print(repr(e), e.args)
    # cancel requested while the task is not waiting on anything
    t = asyncio.ensure_future(spinner())
    await asyncio.sleep(0)
    waiters = []
    t.add_done_callback(lambda f: print("done cb 1"))
    t.add_done_callback(lambda f: print("done cb 2"))
    t.cancel("first")
    t.cancel("second")
    print(t.cancelling(), repr(t).replace(__file__, "FILE"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("got", e.args)
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(print)
    print(f.remove_done_callback(print), f)
    f.cancel("m")
    print(f, f.cancelled())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("f", e.args)

asyncio.run(main())
# expect: cb True
# expect: CancelledError() ()
# expect: cb True
# expect: CancelledError('bye') ('bye',)
# expect: cb True
# expect: CancelledError(0) (0,)
# expect: 2 <Task cancelling name='Task-5' coro=<spinner() running at FILE:11> cb=[main.<locals>.<lambda>() at FILE:26, main.<locals>.<lambda>() at FILE:27]>
# expect: done cb 1
# expect: done cb 2
# expect: got ('second',)
# expect: 1 <Future pending>
# expect: <Future cancelled> True
# expect: f ('m',)
