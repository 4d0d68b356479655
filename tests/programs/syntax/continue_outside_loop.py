# 'continue' outside any loop.
# expect error: SyntaxError: 'continue' not properly in loop
# expect error: line 5
x = 1
continue
