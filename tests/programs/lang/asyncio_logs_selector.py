# With logging at DEBUG, each new event loop logs its selector, as CPython's does.
import asyncio, logging
logging.basicConfig(level=logging.DEBUG)
loop = asyncio.new_event_loop()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
asyncio.set_event_loop(asyncio.new_event_loop())
class L(asyncio.SelectorEventLoop):
    pass
L().close()
print("done")
# expect: done
# expect error: DEBUG:asyncio:Using selector: EpollSelector
# expect exit: 0
