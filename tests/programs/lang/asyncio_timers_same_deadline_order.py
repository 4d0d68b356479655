# Timers due at the same instant run in the order CPython's heapq of timers gives them.
import asyncio

loop = asyncio.new_event_loop()
out = []
when = loop.time() + 0.01
for tag in "abcdefghij":
    loop.call_at(when, out.append, tag)
h = loop.call_at(when, out.append, "cancelled")
h.cancel()
loop.call_at(when - 0.005, out.append, "early")
for tag in "klm":
    loop.call_at(when, out.append, tag)
loop.call_at(when + 0.01, loop.stop)
loop.run_forever()
print(out)
# expect: ['early', 'a', 'g', 'm', 'l', 'c', 'f', 'k', 'j', 'i', 'h', 'b', 'd', 'e']
loop.close()
