# A conditional expression cannot be assigned to.
# expect error: SyntaxError: cannot assign to conditional expression
# expect no error: Maybe you meant
# expect error: line 5
a if b else c = 1
