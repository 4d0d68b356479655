# Handle and TimerHandle reprs name the callback with its arguments and
# where it is defined, as CPython's asyncio does; so do a future's callbacks.
import asyncio
class Obj:
    def method(self, x):
        pass
def plain(a, b=None):
    pass
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    hs = [loop.call_soon(plain, 1, "two"), loop.call_soon(Obj().method, [1, 2]), loop.call_soon(fut.set_result, 7),
          loop.call_soon(print, "x" * 50), loop.call_soon(plain, 1.5, None)]
    hs[1].cancel()
    for h in hs:
        print(repr(h).replace(__file__, "FILE"))
    t = loop.call_later(1000, plain, 1, 2)
    r = repr(t)
    print(r.startswith("<TimerHandle when="), r.endswith("plain(1, 2) at " + __file__ + ":5>"))
    t.cancel()
    print(repr(t).startswith("<TimerHandle cancelled when="))
    fut.add_done_callback(plain)
    print(repr(fut).replace(__file__, "FILE"))
    await asyncio.sleep(0)
asyncio.run(main())
# expect: <Handle plain(1, 'two') at FILE:7>
# expect: <Handle cancelled>
# expect: <Handle Future.set_result(7)>
# expect: <Handle print('xxxxxxxxxxxx...xxxxxxxxxxxxx')>
# expect: <Handle plain(1.5, None) at FILE:7>
# expect: True False
# expect: True
# expect: <Future pending cb=[plain() at FILE:7]>
# expect: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
