# super() with no first argument, asyncio.run of a non-coroutine (which
# still uses up CPython's two shutdown task names).
def f():
    return super()
def g(x):
    return super()
for fn, args in ((f, ()), (g, (1,))):
    try:
        fn(*args)
    except RuntimeError as e:
        print(e)
        # expect: super(): no arguments
        # expect: super(): __class__ cell not found
import asyncio
try:
    asyncio.run(1)
except ValueError as e:
    print(e)
    # expect: a coroutine was expected, got 1
async def main():
    return asyncio.current_task().get_name()
print(asyncio.run(main()))
# expect: Task-3
