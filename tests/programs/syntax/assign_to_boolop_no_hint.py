# `a and b = 1`: `and` is looser than `|`, so CPython gives no '==' hint.
# expect error: SyntaxError: cannot assign to expression
# expect no error: Maybe you meant
# expect error: line 5
a and b = 1
