# A lambda cannot be assigned to.
# expect error: SyntaxError: cannot assign to lambda
# expect error: line 4
lambda: 1 = 1
