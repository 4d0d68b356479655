# A yield expression cannot be deleted.
# expect error: SyntaxError: cannot delete yield expression
# expect error: line 5
def f():
    del (yield)
