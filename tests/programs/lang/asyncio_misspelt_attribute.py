# A misspelt asyncio attribute raises the AttributeError of a module
# without a __getattr__ hook: CPython's message and "Did you mean", and no
# frames of coro's hook, which loads asyncio's parts on demand.
import asyncio

print(hasattr(asyncio, "Barrier"), hasattr(asyncio, "nope"))
try:
    from asyncio import nothing_here
except ImportError as e:
    print(str(e).split(" (")[0])


async def main():
    await asyncio.sleeep(0.1)

asyncio.run(main())
# expect: True False
# expect: cannot import name 'nothing_here' from 'asyncio'
# expect error: AttributeError: module 'asyncio' has no attribute 'sleeep'. Did you mean: 'sleep'?
# expect no error: __getattr__
