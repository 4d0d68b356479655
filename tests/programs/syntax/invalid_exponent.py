# An exponent with no digits.
# expect error: SyntaxError: invalid decimal literal
# expect error: line 4
x = 1e
