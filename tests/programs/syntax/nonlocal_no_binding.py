# nonlocal naming no enclosing variable.
# expect error: SyntaxError: no binding for nonlocal 'x' found
# expect error: line 5
def f():
    nonlocal x
