# An uncaught error inside a @contextmanager block: the traceback is the caller's.
from contextlib import contextmanager

@contextmanager
def cm():
    try:
        yield 1
    finally:
        print("exit")

def work():
    with cm() as v:
        raise ValueError(f"bad {v}")

work()
# expect: exit
# expect error: line 13, in work
# expect exit: 1
