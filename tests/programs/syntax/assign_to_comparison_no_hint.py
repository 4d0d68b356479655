# `a < b = 1`: a comparison target gets no '==' hint.
# expect error: SyntaxError: cannot assign to comparison
# expect no error: Maybe you meant
# expect error: line 5
a < b = 1
