# A for loop cannot bind a call.
# expect error: SyntaxError: cannot assign to function call
# expect error: line 4
for f() in []:
    pass
