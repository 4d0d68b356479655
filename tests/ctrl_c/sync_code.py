# Ctrl-C in synchronous code: KeyboardInterrupt at the next call (here in
# time.sleep), catchable; uncaught, the process dies of SIGINT.
import time

def work():
    return 1

print("ready", flush=True)
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("caught", flush=True)
total = 0
while True:
    total += work()
