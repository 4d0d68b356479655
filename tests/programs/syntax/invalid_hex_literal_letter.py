# A hex literal glued to a name.
# expect error: SyntaxError: invalid hexadecimal literal
# expect error: line 4
x = 0x1g
