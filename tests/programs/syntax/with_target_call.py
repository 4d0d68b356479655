# A with target cannot be a call.
# expect error: SyntaxError: cannot assign to function call
# expect error: line 4
with open('x') as f():
    pass
