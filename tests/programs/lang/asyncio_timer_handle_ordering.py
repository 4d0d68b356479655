# Timer handles order by deadline and compare equal when deadline,
# callback, arguments and state agree (plain handles only by identity);
# call_at/call_later refuse a None time with CPython's messages; a task
# group entered twice says so.
import asyncio

loop = asyncio.new_event_loop()
a = loop.call_at(10, print, 1)
b = loop.call_at(20, print, 1)
c = loop.call_at(10, print, 1)
d = loop.call_at(10, print, 2)
print(a < b, a <= c, b > a, b >= a, a >= c, a > c)
print(a == c, a != c, a == d, a == b, a == a, a == "x")
print(hash(a) == hash(10.0), sorted([b, a])[0] is a)
c.cancel()
print(a == c, a <= c, a < c)
h1 = loop.call_soon(print)
h2 = loop.call_soon(print)
print(h1 == h2, h1 == h1)
for call, when in [(loop.call_at, None), (loop.call_later, None)]:
    try:
        call(when, print)
    except TypeError as e:
        print(e)
try:
    a < 1
except TypeError as e:
    print(e)
loop.close()

async def main():
    tg = asyncio.TaskGroup()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)

asyncio.run(main())
# expect: True True True True True False
# expect: True False False False True False
# expect: True True
# expect: False False False
# expect: False True
# expect: when cannot be None
# expect: delay must not be None
# expect: '<' not supported between instances of 'TimerHandle' and 'int'
# expect: TaskGroup <TaskGroup entered> has already been entered
