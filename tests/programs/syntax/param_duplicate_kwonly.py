# A keyword-only parameter repeating a positional one.
# expect error: SyntaxError: duplicate argument 'a' in function definition
# expect error: line 4
def f(a, *, a):
    pass
