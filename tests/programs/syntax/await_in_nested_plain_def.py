# 'await' in a plain function nested in an async one.
# expect error: SyntaxError: 'await' outside async function
# expect error: line 6
async def f():
    def g():
        await h()
