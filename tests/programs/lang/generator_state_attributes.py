# Generators, coroutines and async generators report their state:
# gi_suspended/cr_suspended, the awaited object (gi_yieldfrom/cr_await/ag_await), cr_origin.
import asyncio
def g():
    yield 1
x = g()
print(x.gi_suspended, x.gi_running, x.gi_yieldfrom)
next(x)
print(x.gi_suspended)
for _ in x:
    pass
print(x.gi_suspended)
async def c():
    await asyncio.sleep(0)
y = c()
print(y.cr_suspended, y.cr_origin, y.cr_await)
y.send(None)
print(y.cr_suspended, type(y.cr_await).__name__)
y.close()
async def a():
    await asyncio.sleep(0)
    yield 1
z = a()
print(z.ag_await, z.ag_running)
step = z.asend(None)
step.send(None)
print(type(z.ag_await).__name__)
# expect: False False None
# expect: True
# expect: False
# expect: False None None
# expect: True coroutine
# expect: None False
# expect: coroutine
