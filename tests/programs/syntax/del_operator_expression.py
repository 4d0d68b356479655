# An operator expression cannot be deleted.
# expect error: SyntaxError: cannot delete expression
# expect error: line 5
x = 1
del x + 1
