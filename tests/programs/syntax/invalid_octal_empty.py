# 0o with no digit.
# expect error: SyntaxError: invalid octal literal
# expect error: line 4
x = 0o
