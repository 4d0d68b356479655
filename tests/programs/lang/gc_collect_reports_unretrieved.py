# gc.collect() collects at once, and a future it finds dead with an
# exception nobody retrieved is reported then, as CPython's __del__ does.
import asyncio, gc
loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda lp, context: print("handler:", context["message"], repr(context["exception"])))
def make():
    f = loop.create_future()
    f.set_exception(ValueError("x"))
make()
gc.collect()
print("after collect")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("end")
# expect: handler: Future exception was never retrieved ValueError('x')
# expect: after collect
# expect: end
