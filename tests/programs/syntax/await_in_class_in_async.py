# 'await' in a class body inside an async function.
# expect error: SyntaxError: 'await' outside function
# expect error: line 6
async def f():
    class C:
        await g()
