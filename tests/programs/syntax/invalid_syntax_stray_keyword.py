# A keyword where an expression must start.
# expect error: SyntaxError: invalid syntax
# expect error: line 5
x = 1
x = else
