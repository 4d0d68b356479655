# gi_frame, cr_frame and ag_frame: the frame a generator runs or is stopped in (its def line before it starts), with no caller while suspended, None once finished; gi_code and kin are the function's code object
import sys, asyncio, inspect

def gen():
    x = 1
    yield x
    f = sys._getframe()
    yield g.gi_frame.f_code.co_name, g.gi_frame.f_lineno, g.gi_frame.f_back.f_code.co_name
    yield 3

g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_back, g.gi_frame.f_code.co_name)
print(next(g), g.gi_frame.f_lineno)
print(next(g))
print(next(g), g.gi_frame.f_lineno)
g.close()
print(g.gi_frame)
print(g.gi_code is gen.__code__, g.gi_code.co_name)

async def job():
    await asyncio.sleep(0)
    await asyncio.sleep(0)

async def main():
    c = job()
    print(c.cr_frame.f_lineno, c.cr_code.co_name)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(c.cr_frame.f_lineno, c.cr_frame.f_code.co_qualname)
    for f in t.get_stack():
        print("stack", f.f_code.co_name, f.f_lineno)
    await t
    print(c.cr_frame, t.get_stack())
asyncio.run(main())

async def agen():
    yield 1
    yield 2
async def use():
    a = agen()
    print(a.ag_frame.f_lineno, a.ag_code.co_name)
    await a.__anext__()
    print(a.ag_frame.f_lineno)
    await a.aclose()
    print(a.ag_frame)
asyncio.run(use())
print(inspect.getgeneratorstate(gen()))
# expect: 4 None gen
# expect: 1 6
# expect: ('gen', 8, '<module>')
# expect: 3 9
# expect: None
# expect: True gen
# expect: 20 job
# expect: 21 job
# expect: stack job 21
# expect: None []
# expect: 36 agen
# expect: 37
# expect: None
# expect: GEN_CREATED
