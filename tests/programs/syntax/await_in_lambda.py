# 'await' in a lambda in an async function.
# expect error: SyntaxError: 'await' outside async function
# expect error: line 5
async def f():
    g = lambda: await h()
