# A bare * must be followed by named parameters.
# expect error: SyntaxError: named arguments must follow bare *
# expect error: line 4
def f(a, *):
    pass
