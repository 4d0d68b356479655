# A lone starred expression cannot be returned.
# expect error: SyntaxError: can't use starred expression here
# expect error: line 5
def f(x):
    return *x
