# Deep and nested yield-from chains: values, sends and exceptions pass through
# every level, return values come back up, PEP 479, re-entrancy.
class Node:
    def __init__(self, l, v, r):
        self.l, self.v, self.r = l, v, r
def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))
def walk(n):
    if n is not None:
        yield from walk(n.l)
        yield n.v
        yield from walk(n.r)
t = build(0, 1000)
print(sum(walk(t)), list(walk(build(0, 10))))
def inner(k):
    got = yield k
    if got == "boom":
        raise ValueError("inner boom")
    return k * 10
def middle(k):
    try:
        r = yield from inner(k)
    except ValueError as e:
        print("middle caught", e)
        r = -1
    yield ("middle", r)
    return r + 1
def outer():
    total = 0
    for k in range(3):
        total += yield from middle(k)
    return total
g = outer()
print(next(g), next(g), next(g))
print(g.send("boom"), next(g))
try:
    while True:
        print(next(g))
except StopIteration as e:
    print("outer returned", e.value)
def deep(n):
    if n == 0:
        yield "bottom"
        raise KeyError("deep")
    yield from deep(n - 1)
try:
    for x in deep(50):
        print(x)
except KeyError as e:
    print("KeyError", e)
def chain_ret(n):
    if n == 0:
        return "base"
        yield
    r = yield from chain_ret(n - 1)
    return r + str(n)
print(list(chain_ret(5)), next(iter([1])))
try:
    next(chain_ret(3))
except StopIteration as e:
    print("ret", e.value)
def stopper():
    yield 1
    raise StopIteration("x")
def wrap():
    yield from stopper()
try:
    print(list(wrap()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def reentrant():
    yield next(top)
def mid():
    yield from reentrant()
top = mid()
try:
    next(top)
except ValueError as e:
    print("ValueError", e)
# expect: 499500 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: 0 ('middle', 0) 1
# expect: middle caught inner boom
# expect: ('middle', -1) 2
# expect: ('middle', 20)
# expect: outer returned 22
# expect: bottom
# expect: KeyError 'deep'
# expect: [] 1
# expect: ret base123
# expect: RuntimeError generator raised StopIteration StopIteration
# expect: ValueError generator already executing
