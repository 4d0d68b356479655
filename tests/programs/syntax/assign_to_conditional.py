# A conditional expression cannot be assigned to.
# expect error: SyntaxError: cannot assign to conditional expression
# expect error: line 4
a if b else c = 1
