# asyncio.gather: result order, repeated arguments, return_exceptions, cancelled
# children, cancelling the gather, a gather future given as a plain callback,
# ready futures, refused arguments.
import asyncio

async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v

async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    # Results keep argument order; a repeated coroutine runs once.
    c = value(7)
    print(await asyncio.gather(value(1, 0.02), value(2), c, c))
    print(await asyncio.gather())
    c = value(9)
    many = await asyncio.gather(*([c] * 20 + [value(i) for i in range(5)]))
    print(len(many), sum(many))
    # return_exceptions puts exceptions in the list.
    print(await asyncio.gather(value(1), boom("bad"), return_exceptions=True))
    # Without it the first exception propagates; the others keep running.
    try:
        await asyncio.gather(value(1, 0.01), boom("first"))
    except ValueError as e:
        print("raised", e)
    # A cancelled child: CancelledError propagates, or is returned.
    t = asyncio.ensure_future(value(3, 1))
    loop = asyncio.get_running_loop()
    loop.call_soon(t.cancel, "stop it")
    print(await asyncio.gather(t, value(4), return_exceptions=True))
    ta, tb = asyncio.ensure_future(value(1, 1)), asyncio.ensure_future(value(2, 1))
    loop.call_soon(ta.cancel, "a")
    loop.call_soon(tb.cancel, "b")
    print(await asyncio.gather(ta, tb, return_exceptions=True))
    t2 = asyncio.ensure_future(value(3, 1))
    loop.call_soon(t2.cancel)
    try:
        await asyncio.gather(t2, value(5))
    except asyncio.CancelledError as e:
        print("cancelled child", repr(e))
    # Cancelling the gather cancels its children.
    children = [asyncio.ensure_future(value(i, 1)) for i in range(3)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    print(g.cancel("enough"), g._cancel_requested, len(g._children))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e), [c.cancelled() for c in children])
    print(g.cancel(), g.cancelled(), g.done())
    # A gather future as a plain callback is called, not treated as a gather.
    f = loop.create_future()
    g2 = asyncio.gather(value(1))
    try:
        f.add_done_callback(g2)
        f.set_result(1)
        await asyncio.sleep(0)
    except Exception as e:
        print(type(e).__name__)
    print(await g2)
    # Futures from the loop, and a result that is already there.
    f3 = loop.create_future()
    f3.set_result("ready")
    print(await asyncio.gather(f3, value("later")))
    # Not awaitable.
    try:
        asyncio.gather(1)
    except TypeError as e:
        print("TypeError:", e)
    print(type(asyncio.gather(value(0))).__name__)

asyncio.run(main())
# expect: [1, 2, 7, 7]
# expect: []
# expect: 25 190
# expect: [1, ValueError('bad')]
# expect: raised first
# expect: [CancelledError(''), 4]
# expect: [CancelledError(''), CancelledError('')]
# expect: cancelled child CancelledError()
# expect: True True 3
# expect: gather cancelled CancelledError('enough') [True, True, True]
# expect: False False True
# expect: [1]
# expect: ['ready', 'later']
# expect: TypeError: An asyncio.Future, a coroutine or an awaitable is required
# expect: _GatheringFuture
# expect error: Exception in callback <_GatheringFuture pending>(<Future finished result=1>)
# expect error: TypeError: '_GatheringFuture' object is not callable
# expect error: _GatheringFuture exception was never retrieved
# expect exit: 0
