# Subscripts need an index.
# expect error: SyntaxError: invalid syntax
# expect error: line 5
a = [1]
b = a[]
