# 'yield' in an f-string at module level.
# expect error: SyntaxError: 'yield' outside function
# expect error: line 4
x = f'{(yield)}'
