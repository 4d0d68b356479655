# 'return' at module level.
# expect error: SyntaxError: 'return' outside function
# expect error: line 5
x = 1
return x
