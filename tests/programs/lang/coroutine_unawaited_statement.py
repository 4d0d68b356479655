# A coroutine made and dropped by an expression statement is warned of at once, naming the statement, once per place
import asyncio

async def save(x):
    await asyncio.sleep(0)
    print("saved", x)

class Store:
    async def put(self, x):
        print("put", x)

async def main():
    save(1)
    for i in range(3):
        save(i)
    Store().put(2)
    await save(3)
    c = save(4)
    await c
    print("end of main")

asyncio.run(main())
print("done")
# expect: saved 3
# expect: saved 4
# expect: end of main
# expect: done
# expect error: coroutine_unawaited_statement.py:13: RuntimeWarning: coroutine 'save' was never awaited
# expect error:   save(1)
# expect error: coroutine_unawaited_statement.py:15: RuntimeWarning: coroutine 'save' was never awaited
# expect error: coroutine_unawaited_statement.py:16: RuntimeWarning: coroutine 'Store.put' was never awaited
# expect error: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect no error: sys:1
# expect exit: 0
