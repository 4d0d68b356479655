# 'break' outside any loop.
# expect error: SyntaxError: 'break' outside loop
# expect error: line 5
x = 1
break
