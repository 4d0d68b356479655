# 'yield' in a generator expression.
# expect error: SyntaxError: 'yield' inside generator expression
# expect error: line 5
def f():
    return ((yield x) for x in [])
