# A never-awaited coroutine still held by a global at exit is reported in
# CPython's shutdown form alone, without the line about tracemalloc that
# a coroutine dropped earlier gets.
async def kept():
    return 1

pending = kept()
print("done")
# expect: done
# expect error: sys:1: RuntimeWarning: coroutine 'kept' was never awaited
# expect no error: tracemalloc
# expect exit: 0
