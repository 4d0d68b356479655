# 0x with no hex digit.
# expect error: SyntaxError: invalid hexadecimal literal
# expect error: line 4
x = 0x
