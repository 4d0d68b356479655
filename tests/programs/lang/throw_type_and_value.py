# throw(type, value, tb) and athrow(type, value, tb) throw the given instance itself (the three-argument form contextlib uses).
import asyncio
def g():
    try:
        yield 1
    finally:
        print("fin")
v = RuntimeError("msg")
it = g(); next(it)
try:
    it.throw(RuntimeError, v, None)
except RuntimeError as e:
    print(repr(e), e is v)
async def ag():
    try:
        yield 1
    finally:
        print("afin")
async def main():
    a = ag()
    await anext(a)
    try:
        await a.athrow(RuntimeError, v, None)
    except RuntimeError as e:
        print(repr(e), e is v)
    a2 = ag()
    await anext(a2)
    try:
        await a2.athrow(v)
    except RuntimeError as e:
        print(repr(e), e is v)
asyncio.run(main())
# expect: fin
# expect: RuntimeError('msg') True
# expect: afin
# expect: RuntimeError('msg') True
# expect: afin
# expect: RuntimeError('msg') True
