# Classes defined inside functions: methods and class-body comprehensions
# reach the function's variables (also ones the class body binds itself).
def make(v):
    class Box:
        def get(self): return v
        doubled = [v * i for i in range(3)]
    return Box()
b = make(5)
print(b.get(), b.doubled)
def f():
    class A:
        def m(self): return A
    return A().m().__name__
print(f())
def counter():
    n = 0
    class C:
        def inc(self):
            nonlocal n
            n += 1
            return n
    c = C()
    c.inc(); c.inc()
    return n, c.inc()
print(counter())
def outer(x):
    class K:
        x = "class attr"
        def get(self):
            return x
        def get_attr(self):
            return self.x
    return K().get(), K().get_attr()
print(outer("closure"))
async def amain():
    import asyncio
    lock = asyncio.Lock()
    class Acct:
        def __init__(self): self.bal = 0
        async def deposit(self, n):
            async with lock:
                self.bal += n
    a = Acct()
    await asyncio.gather(*(a.deposit(i) for i in range(5)))
    print(a.bal)
import asyncio
asyncio.run(amain())
# expect: 5 [0, 5, 10]
# expect: A
# expect: (2, 3)
# expect: ('closure', 'class attr')
# expect: 10
