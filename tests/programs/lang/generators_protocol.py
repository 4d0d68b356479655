# Generators and coroutines: iteration, send, throw, close, yield from, return values, genexps.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    x = yield "ready"
    while True:
        x = yield x * 2

e = echo()
print(e.send(None), e.send(5), e.send(10))

def outer():
    r = yield from count(3)
    print("inner returned", r)
    yield 99

print(list(outer()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = guarded()
print(next(g))
g.close()

def catcher():
    while True:
        try:
            yield
        except ValueError as ex:
            print("caught", ex)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError("again"))

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y

co = main()
try:
    co.send(None)
except StopIteration as s:
    print("coroutine result", s.value)
print([x * x for x in count(4)])
# expect: [0, 1, 2, 3, 4]
# expect: 0 1
# expect: stop done
# expect: ready 10 20
# expect: inner returned done
# expect: [0, 1, 2, 99]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: 1
# expect: cleanup
# expect: caught boom
# expect: caught again
# expect: coroutine result 13
# expect: [0, 1, 4, 9]
