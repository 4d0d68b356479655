# 'return value' in an async generator.
# expect error: SyntaxError: 'return' with value in async generator
# expect error: line 6
async def f():
    yield 1
    return 2
