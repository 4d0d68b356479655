# A set comprehension cannot bind a call.
# expect error: SyntaxError: cannot assign to function call
# expect error: line 4
x = {1 for f() in []}
