# nonlocal in a class body that has no enclosing function.
# expect error: SyntaxError: no binding for nonlocal 'x' found
# expect error: line 5
class C:
    nonlocal x
