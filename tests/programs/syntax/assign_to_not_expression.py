# A not expression cannot be assigned to.
# expect error: SyntaxError: cannot assign to expression
# expect error: line 5
x = 1
not x = 1
