# 'async with' in a plain function.
# expect error: SyntaxError: 'async with' outside async function
# expect error: line 5
def f():
    async with y:
        pass
