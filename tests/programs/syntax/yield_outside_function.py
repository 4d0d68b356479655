# 'yield' at module level.
# expect error: SyntaxError: 'yield' outside function
# expect error: line 5
x = 1
yield x
