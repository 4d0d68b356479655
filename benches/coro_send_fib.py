# Recursive coroutines driven by send(None) with no event loop:
# `async def fib` awaiting itself, fib(25) five times.
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("fib suspended")


total = 0
for _ in range(5):
    total += drive(fib(25))
print(total)
