# An exception thrown into a generator or coroutine that never started (a task cancelled before its first step too) has a traceback entry at the function's first line.
import asyncio
import traceback

def numbers():
    yield 1

async def quick():
    return 1

def frames(e):
    return [(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)]

g = numbers()
try:
    g.throw(ValueError("into a fresh generator"))
except ValueError as e:
    print(frames(e))
print(list(g))

c = quick()
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print(frames(e))

async def main():
    t = asyncio.create_task(quick())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print([f for f in frames(e) if f[0] in ("main", "quick")])

asyncio.run(main())
# expect: [('<module>', 16, 'g.throw(ValueError("into a fresh generator"))'), ('numbers', 5, 'def numbers():')]
# expect: []
# expect: [('<module>', 23, 'c.throw(KeyError("k"))'), ('quick', 8, 'async def quick():')]
# expect: [('main', 31, 'await t'), ('quick', 8, 'async def quick():')]
