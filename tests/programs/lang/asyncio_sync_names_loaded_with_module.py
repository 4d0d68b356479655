# asyncio's queues, locks, task groups and timeouts are in the module's
# namespace once it is imported, as in CPython (coro used to compile them
# on first use, stalling a running loop for milliseconds).
import asyncio

names = ["Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull", "Lock", "Event",
         "Condition", "Semaphore", "BoundedSemaphore", "TaskGroup", "Timeout", "timeout", "timeout_at"]
print([n for n in names if n not in vars(asyncio)])
print(all(n in dir(asyncio) for n in names))
print(asyncio.Queue[int])
# expect: []
# expect: True
# expect: asyncio.queues.Queue[int]
