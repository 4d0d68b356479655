# asyncio.Future: results, exceptions, cancellation, callbacks and errors.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(f.done(), f.cancelled(), f.get_loop() is loop)
try:
    f.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
try:
    f.exception()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
order = []
f.add_done_callback(lambda fut: order.append(("first", fut.result())))
f.add_done_callback(lambda fut: order.append(("second", fut.result())))
cb = lambda fut: order.append("removed")
f.add_done_callback(cb)
f.add_done_callback(cb)
print(f.remove_done_callback(cb))
f.set_result(42)
print(f.done(), f.result(), f.exception(), order)
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
f.add_done_callback(lambda fut: order.append("late"))
loop.call_soon(loop.stop)
loop.run_forever()
print(order[-1])

g = loop.create_future()
g.set_exception(ValueError)
print(type(g.exception()).__name__, g.done())
try:
    g.result()
except ValueError as e:
    print("raised ValueError", repr(e))
h = loop.create_future()
try:
    h.set_exception(StopIteration())
except TypeError as e:
    print("TypeError:", e)

c = loop.create_future()
print(c.cancel("stop it"), c.cancel(), c.cancelled(), c.done())
try:
    c.result()
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
print(isinstance(asyncio.CancelledError(), Exception), issubclass(asyncio.CancelledError, BaseException))

async def waiter(fut):
    return await fut + 1

fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 9)
print(loop.run_until_complete(waiter(fut)))
print(asyncio.isfuture(fut), asyncio.isfuture(waiter), fut._asyncio_future_blocking)
loop.close()
# expect: False False True
# expect: InvalidStateError: Result is not set.
# expect: InvalidStateError: Exception is not set.
# expect: 2
# expect: True 42 None []
# expect: InvalidStateError: invalid state
# expect: [('first', 42), ('second', 42)]
# expect: late
# expect: ValueError True
# expect: raised ValueError ValueError()
# expect: TypeError: StopIteration interacts badly with generators and cannot be raised into a Future
# expect: True False True True
# expect: CancelledError ('stop it',)
# expect: False True
# expect: 10
# expect: True False False
