# `not a = 1`: no '==' hint, as for `and`.
# expect error: SyntaxError: cannot assign to expression
# expect no error: Maybe you meant
# expect error: line 5
not a = 1
