# 'yield from' in an async function.
# expect error: SyntaxError: 'yield from' inside async function
# expect error: line 5
async def f():
    yield from []
