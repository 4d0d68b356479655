# An async comprehension in a plain function.
# expect error: SyntaxError: asynchronous comprehension outside of an asynchronous function
# expect error: line 5
def f():
    return [x async for x in y]
