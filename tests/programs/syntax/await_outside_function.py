# 'await' at module level.
# expect error: SyntaxError: 'await' outside function
# expect error: line 5
x = 1
await x
