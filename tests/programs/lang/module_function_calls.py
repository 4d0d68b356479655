# module.function(...) call sites remember the module's global: rebinding,
# deleting, other callables, and the same site meeting an instance or a class.
import asyncio
import math
import helper_mod


def call_double(i):
    return helper_mod.double(i)


async def pause(i):
    await asyncio.sleep(0)
    return await asyncio.sleep(0, i)


print(call_double(1), math.sqrt(16), math.floor(2.5))
helper_mod.double = lambda x: ("lambda", x)
print(call_double(2))
del helper_mod.double
try:
    call_double(3)
except AttributeError as e:
    print("AttributeError:", e)
helper_mod.double = print
call_double("printed by print")
print(asyncio.run(pause(4)))
asyncio.sleep = lambda d, r=None: asyncio.wait_for(asyncio.shield(asyncio.ensure_future(asyncio.gather())), 1)
print(asyncio.run(pause(5)))
real = helper_mod


class Doubler:
    def double(self, x):
        return ("Doubler.double", x)


helper_mod = Doubler()  # the same call site now sees an instance
print(call_double(6))
helper_mod = Doubler  # ...and a class, whose double is a plain function
try:
    call_double(7)
except TypeError as e:
    print("TypeError:", e)
helper_mod = real
print(call_double(8))
# expect: helper loaded as helper_mod
# expect: 2 4.0 2
# expect: ('lambda', 2)
# expect: AttributeError: module 'helper_mod' has no attribute 'double'
# expect: printed by print
# expect: 4
# expect: []
# expect: ('Doubler.double', 6)
# expect: TypeError: Doubler.double() missing 1 required positional argument: 'x'
# expect: 8
# expect: None
