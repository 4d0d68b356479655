# signal.signal handlers run when the process signals itself and in the middle of a sleep; SIG_IGN, default_int_handler and the argument errors as CPython.
import os, signal, time
def handler(signum, frame):
    print("got", signum)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill")
signal.raise_signal(signal.SIGUSR1)
print("after raise")
signal.signal(signal.SIGALRM, lambda s, f: print("alarm", s))
print(signal.alarm(0))
signal.alarm(1)
time.sleep(1.2)
print("slept")
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()))
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError", e)
try:
    signal.signal(100, handler)
except ValueError as e:
    print("ValueError", e)
try:
    signal.signal(signal.SIGUSR2, 5)
except TypeError as e:
    print("TypeError", e)
signal.signal(signal.SIGINT, lambda s, f: print("ctrl-c handled"))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored")
# expect: 0 True
# expect: 0
# expect: True
# expect: got 10
# expect: after kill
# expect: got 10
# expect: after raise
# expect: 0
# expect: alarm 14
# expect: slept
# expect: Terminated 62
# expect: OSError [Errno 22] Invalid argument
# expect: ValueError signal number out of range
# expect: TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: ctrl-c handled
# expect: KeyboardInterrupt
# expect: ignored
