# A parameter without default after one with.
# expect error: SyntaxError: non-default argument follows default argument
# expect error: line 4
def f(a=1, b):
    pass
