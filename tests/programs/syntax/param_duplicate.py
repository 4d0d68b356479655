# The same parameter twice.
# expect error: SyntaxError: duplicate argument 'a' in function definition
# expect error: line 4
def f(a, b, a):
    pass
