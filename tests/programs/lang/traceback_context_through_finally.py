# An exception raised in a finally block while another propagates: the
# first one, printed as the context, keeps the frames it passed through.
def load(table):
    try:
        return table["key"]
    finally:
        raise RuntimeError("cleanup failed")

load({})
# expect error: Traceback (most recent call last):
# expect error: line 9, in <module>
# expect error: line 5, in load
# expect error: KeyError: 'key'
# expect error: During handling of the above exception, another exception occurred:
# expect error: Traceback (most recent call last):
# expect error: line 9, in <module>
# expect error: line 7, in load
# expect error: RuntimeError: cleanup failed
# expect exit: 1
