# The event loop policy (native in coro): the default policy's loop, set_event_loop,
# new_event_loop, subclasses of the default policy, and set_event_loop_policy's check.
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, type(policy).__module__, policy is asyncio.get_event_loop_policy())
print(isinstance(policy, asyncio.AbstractEventLoopPolicy), asyncio.DefaultEventLoopPolicy is type(policy))

# With no loop set, get_event_loop makes one and keeps it.
first = asyncio.get_event_loop()
print(first is asyncio.get_event_loop(), first is policy.get_event_loop(), first.is_closed())
fresh = asyncio.new_event_loop()
print(fresh is first)
asyncio.set_event_loop(fresh)
print(asyncio.get_event_loop() is fresh)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
first.close()
fresh.close()

try:
    asyncio.set_event_loop_policy(5)
except TypeError as e:
    print("TypeError:", e)


# A subclass that counts the loops it makes.
class Quiet(asyncio.DefaultEventLoopPolicy):
    def __init__(self):
        super().__init__()
        self.made = 0

    def new_event_loop(self):
        self.made += 1
        return super().new_event_loop()


q = Quiet()
asyncio.set_event_loop_policy(q)
lp = asyncio.get_event_loop()
print(q.made, lp is asyncio.get_event_loop(), q.get_event_loop() is lp)
lp.close()


async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print(asyncio.run(main()), q.made)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__, asyncio.get_event_loop_policy() is q)
# expect: _UnixDefaultEventLoopPolicy asyncio.unix_events True
# expect: True True
# expect: True True False
# expect: False
# expect: True
# expect: RuntimeError: There is no current event loop in thread 'MainThread'.
# expect: TypeError: policy must be an instance of AbstractEventLoopPolicy or None, not 'int'
# expect: 1 True True
# expect: True 2
# expect: _UnixDefaultEventLoopPolicy False
