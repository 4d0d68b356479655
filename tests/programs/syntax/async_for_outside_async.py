# 'async for' in a plain function.
# expect error: SyntaxError: 'async for' outside async function
# expect error: line 5
def f():
    async for x in y:
        pass
