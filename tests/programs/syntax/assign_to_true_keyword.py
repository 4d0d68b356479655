# True cannot be assigned to.
# expect error: SyntaxError: cannot assign to True
# expect error: line 4
True = 1
