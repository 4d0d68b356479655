# A for loop cannot bind a literal.
# expect error: SyntaxError: cannot assign to literal
# expect error: line 4
for 1 in []:
    pass
