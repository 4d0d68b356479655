# An async comprehension at module level.
# expect error: SyntaxError: asynchronous comprehension outside of an asynchronous function
# expect error: line 4
y = [x async for x in z]
