# An exception raised while handling another prints the context chain.
def handler():
    try:
        [][1]
    except IndexError:
        raise KeyError("k")
handler()
# expect error: IndexError: list index out of range
# expect error: During handling of the above exception, another exception occurred:
# expect error: KeyError: 'k'
# expect error: line 7, in <module>
# expect error: line 6, in handler
# expect error: line 4, in handler
