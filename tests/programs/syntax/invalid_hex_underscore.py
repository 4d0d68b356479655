# 0x followed by an underscore only.
# expect error: SyntaxError: invalid hexadecimal literal
# expect error: line 4
x = 0x_
