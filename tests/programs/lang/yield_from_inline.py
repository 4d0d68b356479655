# `yield from` and `await` resume generator delegates directly; every case
# the runtime handles differently still behaves as in CPython.

def leaf(n):
    for i in range(n):
        yield i
    return "leaf done"

def middle(n):
    r = yield from leaf(n)
    yield r
    return n

def top():
    total = yield from middle(3)
    yield ("total", total)

print(list(top()))
# expect: [0, 1, 2, 'leaf done', ('total', 3)]

def handles():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in handler"
        yield "still"
        raise

def outer():
    try:
        yield from handles()
    except KeyError as e:
        yield ("caught", repr(e))

print(list(outer()))
# expect: ['in handler', 'still', ('caught', "KeyError('k')")]

def stopper():
    yield 1
    raise StopIteration("x")

def wraps():
    yield from stopper()

try:
    print(list(wraps()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
# expect: RuntimeError generator raised StopIteration StopIteration

def echo():
    got = None
    while True:
        got = yield got

def relay():
    yield from echo()

r = relay()
print(next(r), r.send(5), r.send("a"))
# expect: None 5 a
try:
    r.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError", e)
# expect: ValueError thrown

def reenter():
    yield from me

me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
# expect: ValueError generator already executing

done = leaf(1)
list(done)
def after_done():
    r = yield from done
    yield r

print(list(after_done()))
# expect: [None]

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

def run_deep():
    r = yield from deep(500)
    yield r

print(list(run_deep()))
# expect: ['bottom', 500]
