# loop.add_signal_handler schedules its callback when the signal arrives, after what was ready; remove_signal_handler restores the default; bad signals and coroutine callbacks are refused.
import asyncio, os, signal

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    def on_term(name):
        print("signal", name)
        stop.set()
    loop.add_signal_handler(signal.SIGTERM, on_term, "TERM")
    loop.add_signal_handler(signal.SIGUSR1, lambda: print("usr1"))
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR1)
    loop.call_later(0.1, os.kill, os.getpid(), signal.SIGTERM)
    print("waiting")
    await stop.wait()
    print("stopped")
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
    print(signal.getsignal(signal.SIGTERM))
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        loop.add_signal_handler(999, print)
    except ValueError as e:
        print("ValueError", e)
    try:
        loop.add_signal_handler("x", print)
    except TypeError as e:
        print("TypeError", e)
    async def c(): pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, c)
    except TypeError as e:
        print("TypeError", e)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("sent usr1")
    await asyncio.sleep(0)
    print("after sleep 0")
    await asyncio.sleep(0)

asyncio.run(main())
print(signal.getsignal(signal.SIGUSR1))
# expect: waiting
# expect: usr1
# expect: signal TERM
# expect: stopped
# expect: True False
# expect: 0
# expect: RuntimeError sig 9 cannot be caught
# expect: ValueError invalid signal number 999
# expect: TypeError sig must be an int, not 'x'
# expect: TypeError coroutines cannot be used with add_signal_handler()
# expect: sent usr1
# expect: after sleep 0
# expect: usr1
# expect: 0
