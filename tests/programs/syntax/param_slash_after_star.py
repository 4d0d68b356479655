# / after *.
# expect error: SyntaxError: / must be ahead of *
# expect error: line 4
def f(*a, /):
    pass
