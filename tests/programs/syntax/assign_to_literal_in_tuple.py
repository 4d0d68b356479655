# A literal inside a tuple target.
# expect error: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
# expect error: line 4
a, 1 = 1, 2
