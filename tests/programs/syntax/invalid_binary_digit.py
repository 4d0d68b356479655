# 2 is no binary digit.
# expect error: SyntaxError: invalid digit '2' in binary literal
# expect error: line 4
x = 0b102
