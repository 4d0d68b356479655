# loop.call_at keeps its deadline as given (an int stays an int in when() and the repr); timer handles compare by deadline
import asyncio
loop = asyncio.new_event_loop()
h = loop.call_at(5, print, "x")
h2 = loop.call_at(5.0, print, "y")
h3 = loop.call_at(7, print, "z")
print(h.when(), repr(h), h2.when(), h == h, h < h3, h <= h2, h3 > h2)
for x in (h, h2, h3):
    x.cancel()
print(repr(h))
loop.close()
# expect: 5 <TimerHandle when=5 print('x')> 5.0 True True False True
# expect: <TimerHandle cancelled when=5>
