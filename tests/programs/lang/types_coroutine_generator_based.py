# types.coroutine makes a generator function awaitable: hand-driven
# schedulers and asyncio both drive it.
import types, asyncio

@types.coroutine
def switch():
    yield

@types.coroutine
def ask(q):
    answer = yield q
    return answer * 2

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    return name

async def asker():
    a = await ask("x")
    b = await ask("y")
    return a + b

def run(coros):
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            print("done", e.value)

run([worker("a", 2), worker("b", 3)])
c = asker()
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
print(switch.__name__)

async def main():
    await asyncio.sleep(0)
    await switch()
    return "ok"
print(asyncio.run(main()))
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
# expect: a 0
# expect: b 0
# expect: a 1
# expect: b 1
# expect: done a
# expect: b 2
# expect: done b
# expect: x
# expect: y
# expect: result 24
# expect: switch
# expect: ok
# expect: types.coroutine() expects a callable
