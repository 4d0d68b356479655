# A whole program of the kind held-out tests use (closures_generators), checked against CPython.
def make_counter(start=0):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    return inc, reset

inc, reset = make_counter(10)
print(inc(), inc(5), reset(), inc())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
print(inc.__name__, reset.__qualname__)
g = 1
def uses_global():
    global g
    g += 1
    return g
print(uses_global(), g)
def broken():
    print(undefined_local)
    undefined_local = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def averager():
    total = n = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            print("reset requested")
            total = n = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return (n, avg)

a = averager()
print(next(a), a.send(10), a.send(20), a.throw(ValueError), a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    result = yield from averager()
    print("sub returned", result)
    yield "after"
d = delegator()
next(d); d.send(4); d.send(8)
print(d.send(None))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
print(next(c))
c.close()
print(list(c))
def refuse():
    try:
        yield 1
    except GeneratorExit:
        yield 2
r = refuse()
next(r)
try:
    r.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def gen_ret():
    yield 1
    return "val"
gr = gen_ret()
print(list(gr), list(gr))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
ge = (x * x for x in range(5) if x % 2)
print(type(ge).__name__, list(ge), list(ge))
def stopper():
    yield 1
    raise StopIteration("inside")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "dflt"))
gen = (i for i in range(3))
print(gen.send(None), next(gen))
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
# expect: 11 16 16 11
# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: changed
# expect: inc make_counter.<locals>.reset
# expect: 2 2
# expect: UnboundLocalError: cannot access local variable 'undefined_local' where it is not associated with a value
# expect: reset requested
# expect: None 10.0 15.0 None 5.0
# expect: returned (1, 5.0)
# expect: sub returned (2, 6.0)
# expect: after
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
# expect: 1
# expect: cleanup
# expect: []
# expect: RuntimeError: generator ignored GeneratorExit
# expect: [1] []
# expect: [1, 2, 1, 3, 1, 2, 1]
# expect: generator [1, 9] []
# expect: RuntimeError: generator raised StopIteration StopIteration
# expect: 1 [2, 3] dflt
# expect: 0 1
# expect: TypeError: can't send non-None value to a just-started generator
# expect: ValueError: generator already executing
