# 'return' with value before the yield in an async generator.
# expect error: SyntaxError: 'return' with value in async generator
# expect error: line 5
async def f():
    return 2
    yield 1
