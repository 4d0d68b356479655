import types
def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub got GeneratorExit")
        return "sub-ret"

def outer():
    try:
        r = yield from sub()
        print("outer resumed with", r)
        yield 2
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer()
next(g)
g.close()
print("closed", g.gi_suspended if hasattr(g, "gi_suspended") else "")

g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("throw re-raised GeneratorExit")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def outer2():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("outer2 sees", e)
        raise

g = outer2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised", e)

class Awaitable:
    def __await__(self):
        try:
            yield "tick"
        except GeneratorExit:
            print("awaitable closed")
            return 5

async def inner():
    try:
        return await Awaitable()
    finally:
        print("inner finally")

async def top():
    v = await inner()
    print("top got", v)

c = top()
print(c.send(None))
c.close()
print("coroutine closed")

def deep(n):
    if n == 0:
        try:
            yield "leaf"
        finally:
            print("leaf finally")
    else:
        try:
            yield from deep(n - 1)
        finally:
            print("level", n, "finally")
g = deep(3)
print(next(g))
g.close()
# expect: sub got GeneratorExit
# expect: outer got GeneratorExit
# expect: closed False
# expect: sub got GeneratorExit
# expect: outer got GeneratorExit
# expect: throw re-raised GeneratorExit
# expect: outer2 sees generator ignored GeneratorExit
# expect: close raised generator ignored GeneratorExit
# expect: tick
# expect: awaitable closed
# expect: inner finally
# expect: coroutine closed
# expect: leaf
# expect: leaf finally
# expect: level 1 finally
# expect: level 2 finally
# expect: level 3 finally
