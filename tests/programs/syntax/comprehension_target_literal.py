# A list comprehension cannot bind a literal.
# expect error: SyntaxError: cannot assign to literal
# expect error: line 4
x = [1 for 1 in []]
