# Small fidelity fixes: a deque subclass's repr names it; builtins has True and False (and NameError suggests them); json.loads passes only the hooks given to cls; asyncio.wait fails on a non-future as CPython 3.11's does.
import asyncio
import builtins
import json
from collections import deque

class History(deque):
    pass

print(History([1, 2], maxlen=3))
print(History("ab"))
d = deque([History([1])])
print(d)
print([n for n in dir(builtins) if n in ("True", "False", "None")])
print(getattr(builtins, "True"), getattr(builtins, "False"))

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: sorted(d), **kw)

print(json.loads('{"b": 1, "a": 2}', cls=Dec))
print(json.loads('{"b": 1}', object_hook=lambda d: list(d.items())))

async def f():
    return 1

async def main():
    try:
        await asyncio.wait([f])
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
try:
    flag = Flase
except NameError as e:
    print(e)
flag = Flase
# expect: History([1, 2], maxlen=3)
# expect: History(['a', 'b'])
# expect: deque([History([1])])
# expect: ['False', 'None', 'True']
# expect: True False
# expect: ['a', 'b']
# expect: [('b', 1)]
# expect: AttributeError 'function' object has no attribute 'add_done_callback'
# expect: name 'Flase' is not defined
# expect error: NameError: name 'Flase' is not defined. Did you mean: 'False'?
# expect exit: 1
