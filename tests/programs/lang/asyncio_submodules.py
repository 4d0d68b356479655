# asyncio's submodules (asyncio.exceptions, .locks, .queues, .tasks...) can be
# imported, and hold the asyncio module's own objects.
import asyncio
from asyncio.exceptions import CancelledError, InvalidStateError, SendfileNotAvailableError, IncompleteReadError
from asyncio.queues import Queue, QueueEmpty
from asyncio.locks import Lock, Barrier
from asyncio import tasks, events
import asyncio.futures
import asyncio.taskgroups as tg
print(CancelledError is asyncio.CancelledError, Queue is asyncio.Queue, Lock is asyncio.Lock, Barrier is asyncio.Barrier)
print(tasks.gather is asyncio.gather, events.get_event_loop is asyncio.get_event_loop, asyncio.futures.Future is asyncio.Future)
print(tg.TaskGroup is asyncio.TaskGroup, asyncio.timeouts.timeout is asyncio.timeout, asyncio.runners.run is asyncio.run)
print(asyncio.exceptions.__name__, sorted(asyncio.locks.__all__))
print(SendfileNotAvailableError.__mro__[1], IncompleteReadError.__module__, CancelledError.__module__, asyncio.Queue.__module__)
# expect: True True True True
# expect: True True True
# expect: True True True
# expect: asyncio.exceptions ['Barrier', 'BoundedSemaphore', 'Condition', 'Event', 'Lock', 'Semaphore']
# expect: <class 'RuntimeError'> asyncio.exceptions asyncio.exceptions asyncio.queues
