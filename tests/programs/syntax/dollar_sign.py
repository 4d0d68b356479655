# A dollar sign is invalid syntax.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
x = $y
