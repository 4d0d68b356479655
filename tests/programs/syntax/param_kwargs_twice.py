# Two ** parameters.
# expect error: SyntaxError: arguments cannot follow var-keyword argument
# expect error: line 4
def f(**k, **j):
    pass
