# An async def header with no body.
# expect error: IndentationError: expected an indented block after function definition on line 4
# expect error: line 5
async def f():
x = 1
