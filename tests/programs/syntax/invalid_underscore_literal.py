# A trailing underscore in a number.
# expect error: SyntaxError: invalid decimal literal
# expect error: line 4
x = 1_
