# / twice.
# expect error: SyntaxError: / may appear only once
# expect error: line 4
def f(a, /, b, /):
    pass
