# An exception raised by __exit__ while the with body's exception passes:
# the body's exception keeps its frame, and the new one passes through the
# with statement's line.
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise OSError("release failed")

def use():
    with Resource():
        int("x")

use()
# expect error: Traceback (most recent call last):
# expect error: line 15, in <module>
# expect error: line 13, in use
# expect error: ValueError: invalid literal for int() with base 10: 'x'
# expect error: During handling of the above exception, another exception occurred:
# expect error: Traceback (most recent call last):
# expect error: line 15, in <module>
# expect error: line 12, in use
# expect error: line 9, in __exit__
# expect error: OSError: release failed
# expect exit: 1
