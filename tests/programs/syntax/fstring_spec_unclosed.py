# A format spec never closed.
# expect error: SyntaxError: f-string: expecting '}'
# expect error: line 5
x = 1
y = f'{x:>10'
