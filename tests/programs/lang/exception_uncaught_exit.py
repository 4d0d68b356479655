# An uncaught exception prints a traceback to stderr and exits with status 1.
def inner():
    raise ValueError("bad value")
def outer():
    inner()
print("start")
# expect: start
outer()
print("never")
# expect error: Traceback (most recent call last):
# expect error: line 8, in <module>
# expect error: line 5, in outer
# expect error: line 3, in inner
# expect error: ValueError: bad value
