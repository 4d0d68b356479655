# A def header without its colon.
# expect error: SyntaxError: expected ':'
# expect error: line 4
def f()
    return 1
