# An uncaught exception group is drawn as CPython draws it: a box per
# member, nested groups inside, at most 15 members shown.
def f():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [OSError(i) for i in range(17)])])
def g():
    try:
        f()
    except ExceptionGroup as e:
        raise RuntimeError("wrapped") from e
print("start")
g()
# expect: start
# expect error:   + Exception Group Traceback (most recent call last):
# expect error:   | ExceptionGroup: outer (2 sub-exceptions)
# expect error:   +-+---------------- 1 ----------------
# expect error:     | ValueError: 1
# expect error:     +---------------- 2 ----------------
# expect error:     | ExceptionGroup: inner (17 sub-exceptions)
# expect error:     +-+---------------- 1 ----------------
# expect error:       | OSError: 0
# expect error:       +---------------- ... ----------------
# expect error:       | and 2 more exceptions
# expect error:       +------------------------------------
# expect error: The above exception was the direct cause of the following exception:
# expect error: RuntimeError: wrapped
