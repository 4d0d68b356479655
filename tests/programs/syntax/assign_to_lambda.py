# A lambda cannot be assigned to.
# expect error: SyntaxError: cannot assign to lambda
# expect no error: Maybe you meant
# expect error: line 5
lambda: 1 = 1
