# A callback the loop runs is named as asyncio's format helpers name it:
# a partial shows its own arguments after its function's, a function its
# source, and a callable object its repr; a failing callback's report has
# a traceback header even when no frame of the program raised.
import asyncio, functools

def f(a, b=1):
    pass

def decorated(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper

@decorated
def g(x):
    pass

class Box:
    def method(self, x):
        pass

def show(handle):
    print(repr(handle).replace(__file__, "FILE"))

loop = asyncio.new_event_loop()
show(loop.call_soon(f, 1))
show(loop.call_soon(functools.partial(f, 1, b=2)))
show(loop.call_soon(functools.partial(functools.partial(f, 1), 3), 5))
show(loop.call_soon(g, "x" * 50))
show(loop.call_soon(Box().method, [1, 2]))
show(loop.call_soon(Box.method, 1, 2))
show(loop.call_soon(int, "x"))
show(loop.call_soon(print))
show(loop.call_soon(lambda: 0))
loop.close()

loop = asyncio.new_event_loop()
loop.call_soon(int, "z")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("done")
# expect: <Handle f(1) at FILE:7>
# expect: <Handle f(1, b=2)() at FILE:7>
# expect: <Handle f(1, 3)(5) at FILE:7>
# expect: <Handle g('xxxxxxxxxxxx...xxxxxxxxxxxxx') at FILE:16>
# expect: <Handle Box.method([1, 2])>
# expect: <Handle Box.method(1, 2) at FILE:21>
# expect: <Handle int('x')>
# expect: <Handle print()>
# expect: <Handle <lambda>() at FILE:36>
# expect: done
# expect exit: 0
# expect error: Exception in callback int('z')
# expect error: handle: <Handle int('z')>
# expect error: Traceback (most recent call last):
# expect error: ValueError: invalid literal for int() with base 10: 'z'
