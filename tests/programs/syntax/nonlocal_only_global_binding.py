# nonlocal does not reach module globals.
# expect error: SyntaxError: no binding for nonlocal 'x' found
# expect error: line 6
x = 1
def f():
    nonlocal x
