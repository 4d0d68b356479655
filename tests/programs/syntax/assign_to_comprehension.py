# A comprehension cannot be assigned to.
# expect error: SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='?
# expect error: line 4
[x for x in y] = 1
