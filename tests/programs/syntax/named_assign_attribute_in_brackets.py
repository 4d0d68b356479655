# = after an attribute inside brackets.
# expect error: SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='?
# expect error: line 5
a = 0
x = [a.b = 1]
