# Futures, tasks and handles show values shortened as reprlib.repr does.
import asyncio
from collections import deque

class Loud:
    def __repr__(self):
        return "L" * 40

values = [
    list(range(10)), (1,), tuple(range(8)), "y" * 50, "short", 10 ** 50,
    {3, 1, 2}, set(range(10)), frozenset({2, 1}), frozenset(), set(), {},
    {"b": 1, "a": [1, [2, [3, [4, [5, [6, [7]]]]]]], "c": 3, "d": 4, "e": 5},
    deque(range(9)), Loud(), [[[[[[[[1]]]]]]]], True, 2.5, None,
    "quote'in" * 5,
]

def cb(*args):
    pass

async def main():
    loop = asyncio.get_running_loop()
    for v in values:
        fut = loop.create_future()
        fut.set_result(v)
        print(repr(fut))
    task = asyncio.create_task(asyncio.sleep(0, list(range(20))), name="t")
    await task
    print(repr(task).split(" coro=")[0], repr(task).split("> ")[1])
    handle = loop.call_soon(cb, "x" * 40, list(range(7)))
    print(repr(handle).split(" at ")[0])
    handle.cancel()

asyncio.run(main())
# expect: <Future finished result=[0, 1, 2, 3, 4, 5, ...]>
# expect: <Future finished result=(1,)>
# expect: <Future finished result=(0, 1, 2, 3, 4, 5, ...)>
# expect: <Future finished result='yyyyyyyyyyyy...yyyyyyyyyyyyy'>
# expect: <Future finished result='short'>
# expect: <Future finished result=100000000000000000...0000000000000000000>
# expect: <Future finished result={1, 2, 3}>
# expect: <Future finished result={0, 1, 2, 3, 4, 5, ...}>
# expect: <Future finished result=frozenset({1, 2})>
# expect: <Future finished result=frozenset()>
# expect: <Future finished result=set()>
# expect: <Future finished result={}>
# expect: <Future finished result={'a': [1, [2, [3, [4, [5, [...]]]]]], 'b': 1, 'c': 3, 'd': 4, ...}>
# expect: <Future finished result=deque([0, 1, 2, 3, 4, 5, ...])>
# expect: <Future finished result=LLLLLLLLLLLLL...LLLLLLLLLLLLLL>
# expect: <Future finished result=[[[[[[[...]]]]]]]>
# expect: <Future finished result=True>
# expect: <Future finished result=2.5>
# expect: <Future finished result=None>
# expect: <Future finished result="quote'inquot...te'inquote'in">
# expect: <Task finished name='t' result=[0, 1, 2, 3, 4, 5, ...]>
# expect: <Handle cb('xxxxxxxxxxxx...xxxxxxxxxxxxx', [0, 1, 2, 3, 4, 5, ...])
