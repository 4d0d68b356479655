# An await expression cannot be assigned to.
# expect error: SyntaxError: cannot assign to await expression here. Maybe you meant '==' instead of '='?
# expect error: line 5
async def f():
    await g() = 1
