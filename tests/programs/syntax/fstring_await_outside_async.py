# 'await' in an f-string in a plain function.
# expect error: SyntaxError: 'await' outside async function
# expect error: line 5
def f():
    return f'{await g()}'
