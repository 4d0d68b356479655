# 'await' in a comprehension of a plain function.
# expect error: SyntaxError: asynchronous comprehension outside of an asynchronous function
# expect error: line 5
def f():
    return [await x for x in y]
