# A positional argument after **.
# expect error: SyntaxError: positional argument follows keyword argument unpacking
# expect error: line 5
d = {}
print(**d, 1)
