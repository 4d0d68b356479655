# An exception escaping a @contextmanager block keeps the traceback it came in with: no contextlib or generator frames
from contextlib import contextmanager
@contextmanager
def cm():
    print("enter")
    yield
    print("never")
def work():
    with cm():
        raise RuntimeError("escapes")
work()
# expect: enter
# expect error: line 11, in <module>
# expect error: line 10, in work
# expect error: RuntimeError: escapes
# expect no error: contextlib
# expect no error: in cm
