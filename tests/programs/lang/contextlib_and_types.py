# contextlib (contextmanager with exceptions, as a decorator, asynccontextmanager, suppress, closing, nullcontext, ExitStack, AsyncExitStack) and types (SimpleNamespace, the builtin object classes).
import asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, closing, nullcontext, ExitStack, AsyncExitStack
from types import SimpleNamespace, FunctionType, GeneratorType, CoroutineType, MethodType

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@tag("deco")
def decorated():
    print("running decorated")
decorated()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("stack"))
    print("in stack")

@asynccontextmanager
async def conn(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield name + "-conn"
    finally:
        await asyncio.sleep(0)
        print("close", name)

async def main():
    async with conn("db") as c:
        print("using", c)
    try:
        async with conn("x"):
            raise RuntimeError("fail inside")
    except RuntimeError as e:
        print("caught", e)
    async with AsyncExitStack() as st:
        a = await st.enter_async_context(conn("a"))
        b = await st.enter_async_context(conn("b"))
        print(a, b)

asyncio.run(main())

ns = SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns == SimpleNamespace(x=1, y="two", z=[3]), vars(ns))
def f(): pass
def g(): yield
async def co(): pass
class K:
    def m(self): pass
c = co()
print(isinstance(f, FunctionType), isinstance(g(), GeneratorType), isinstance(c, CoroutineType), isinstance(K().m, MethodType))
c.close()
# expect: <b>
# expect: inside B
# expect: </b>
# expect: <i>
# expect: </i>
# expect: caught boom
# expect: swallowed KeyError('k')
# expect: after swallow
# expect: <deco>
# expect: running decorated
# expect: </deco>
# expect: suppressed
# expect: Res
# expect: closed
# expect: 5
# expect: <stack>
# expect: in stack
# expect: </stack>
# expect: callback 2
# expect: callback 1
# expect: callback 0
# expect: open db
# expect: using db-conn
# expect: close db
# expect: open x
# expect: close x
# expect: caught fail inside
# expect: open a
# expect: open b
# expect: a-conn b-conn
# expect: close b
# expect: close a
# expect: namespace(x=1, y='two', z=[3]) 1 True {'x': 1, 'y': 'two', 'z': [3]}
# expect: True True True True
