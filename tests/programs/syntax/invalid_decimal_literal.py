# A number glued to a name.
# expect error: SyntaxError: invalid decimal literal
# expect error: line 4
x = 1abc
