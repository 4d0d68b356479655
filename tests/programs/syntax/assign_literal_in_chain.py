# A literal as the second target of a chain.
# expect error: SyntaxError: cannot assign to literal
# expect error: line 4
a = 1 = 2
