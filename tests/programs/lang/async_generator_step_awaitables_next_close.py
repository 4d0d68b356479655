# The asend/athrow awaitables of an async generator are iterators: next()
# gives the yielded value in the StopIteration, and close() retires one.
async def ag():
    yield 1
    yield 2
a = ag()
try:
    next(a.__anext__())
except StopIteration as e:
    print("SI", e.value)
n = a.__anext__()
print(hasattr(n, "__next__"), hasattr(n, "send"), hasattr(n, "close"))
try:
    n.__next__()
except StopIteration as e:
    print("SI", e.value)
m = a.__anext__()
m.close()
try:
    m.send(None)
except RuntimeError as e:
    print("RE", e)
b = ag()
try:
    next(b.athrow(ValueError("v")))
except ValueError as e:
    print("VE", e)
c = ag()
c.__anext__().send(None) if False else None
try:
    next(c.__anext__())
except StopIteration as e:
    print("SI", e.value)
try:
    next(c.athrow(KeyError("k")))
except KeyError as e:
    print("KE", e)
# expect: SI 1
# expect: True True True
# expect: SI 2
# expect: RE cannot reuse already awaited __anext__()/asend()
# expect: VE v
# expect: SI 1
# expect: KE 'k'
