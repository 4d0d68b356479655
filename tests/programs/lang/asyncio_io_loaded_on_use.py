# The I/O part of asyncio is compiled on first use: module attributes (PEP 562
# __getattr__), loop methods, and missing names still raise AttributeError.
from asyncio import StreamReader, IncompleteReadError
import asyncio.subprocess
import asyncio
print(StreamReader.__name__, IncompleteReadError.__name__, asyncio.subprocess.PIPE)
try:
    asyncio.nope
except AttributeError as e:
    print(e)
loop = asyncio.new_event_loop()
print(callable(loop.run_in_executor))
try:
    loop.nope
except AttributeError as e:
    print(e)
# expect: StreamReader IncompleteReadError -1
# expect: module 'asyncio' has no attribute 'nope'
# expect: True
# expect: '_UnixSelectorEventLoop' object has no attribute 'nope'
