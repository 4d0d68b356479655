# `yield from f(...)` of a generator function starts the new generator
# outside the heap; it moves to the heap when it suspends.
import sys

def empty():
    return "nothing"
    yield

def walk(node):
    if node is not None:
        yield from walk(node[0])
        yield node[1]
        yield from walk(node[2])

def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))

def results():
    r = yield from empty()
    yield r

print(list(results()), list(walk(build(0, 10))))
# expect: ['nothing'] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]

def fails(n):
    if n == 0:
        raise ValueError("deep")
    yield from fails(n - 1)

try:
    list(fails(50))
except ValueError as e:
    print("ValueError", e)
# expect: ValueError deep

def stopper():
    raise StopIteration(3)
    yield

def wrapper():
    yield from stopper()

try:
    list(wrapper())
except RuntimeError as e:
    print("RuntimeError", e)
# expect: RuntimeError generator raised StopIteration

async def coro():
    return 1

def bad():
    yield from coro()

try:
    list(bad())
except TypeError as e:
    print("TypeError", e)
# expect: TypeError cannot 'yield from' a coroutine object in a non-coroutine generator

def nested(n):
    # Locals stay per frame while frames above them come and go.
    a, b, c = n, n * 2, n * 3
    if n:
        yield from nested(n - 1)
        yield from empty()
    yield a + b + c

print(list(nested(4)))
# expect: [0, 6, 12, 18, 24]

def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain(n - 1)
    return r + 1

def top(n):
    r = yield from chain(n)
    yield r

sys.setrecursionlimit(20000)
print(list(top(5000)))
# expect: ['bottom', 5000]
sys.setrecursionlimit(1000)

def interleave():
    # Two live chains driven in turn.
    a, b = walk(build(0, 4)), walk(build(10, 14))
    for x, y in zip(a, b):
        yield x + y

print(list(interleave()))
# expect: [10, 12, 14, 16]
# expect error: RuntimeWarning: coroutine 'coro' was never awaited
# expect exit: 0
