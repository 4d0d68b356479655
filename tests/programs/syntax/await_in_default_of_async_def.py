# 'await' in a default of an async def, at module level.
# expect error: SyntaxError: 'await' outside function
# expect error: line 4
async def f(a=await g()):
    pass
