# A positional argument after a keyword one.
# expect error: SyntaxError: positional argument follows keyword argument
# expect error: line 4
print(sep='', 1)
