# close() on a generator or coroutine that is running is refused, as
# send and throw are.
def selfclose():
    try:
        me.close()
    except ValueError as e:
        print("VE", e)
    yield 1
me = selfclose()
print(next(me))
async def coro_self():
    try:
        c.close()
    except ValueError as e:
        print("VE", e)
    return 2
c = coro_self()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
def later():
    yield 1
    g.close()
    yield 2
g = later()
next(g)
try:
    next(g)
except ValueError as e:
    print("VE", e)
g.close()
print("closed")
# expect: VE generator already executing
# expect: 1
# expect: VE coroutine already executing
# expect: 2
# expect: VE generator already executing
# expect: closed
