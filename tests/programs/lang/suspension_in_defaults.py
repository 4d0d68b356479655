# Awaits and yields in decorators and default values (of def and lambda) run
# in CPython's order, each saved across the next suspension.
import asyncio

def trace(tag, v):
    print("eval", tag)
    return v

async def value(v):
    await asyncio.sleep(0)
    return v

def deco(tag):
    print("deco", tag)
    return lambda f: f

async def main():
    def inner(a=await value(1), b=await value(2)):
        return a + b
    print(inner())
    @deco(await value("d"))
    def other(x=trace("x", 10), *, y=await value(20), z=trace("z", 30)):
        return x + y + z
    print(other())
    f = lambda p=trace("p", 1), q=await value(5): p * q
    print(f())

def gen():
    def h(a=(yield 1), b=(yield 2)):
        return (a, b)
    print(h())

asyncio.run(main())
g = gen()
print(next(g), g.send("A"))
try:
    g.send("B")
except StopIteration:
    pass
# expect: 3
# expect: deco d
# expect: eval x
# expect: eval z
# expect: 60
# expect: eval p
# expect: 5
# expect: 1 2
# expect: ('A', 'B')
