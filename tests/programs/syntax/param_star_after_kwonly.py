# A second * after keyword-only parameters.
# expect error: SyntaxError: * argument may appear only once
# expect error: line 4
def f(*, a, *b):
    pass
