# An uncaught exception with a __cause__ prints both tracebacks.
def parse(text):
    return int(text)
def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("cannot load") from e
print("before")
# expect: before
load("x1")
# expect error: ValueError: invalid literal for int() with base 10: 'x1'
# expect error: The above exception was the direct cause of the following exception:
# expect error: RuntimeError: cannot load
# expect error: Traceback (most recent call last):
# expect error: line 11, in <module>
# expect error: line 8, in load
# expect error: line 6, in load
# expect error: line 3, in parse
