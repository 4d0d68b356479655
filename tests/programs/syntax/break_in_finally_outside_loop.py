# 'break' in a finally with no loop.
# expect error: SyntaxError: 'break' outside loop
# expect error: line 7
try:
    pass
finally:
    break
