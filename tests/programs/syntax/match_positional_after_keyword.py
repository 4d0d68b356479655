# Class patterns take positional sub-patterns first.
# expect error: SyntaxError: positional patterns follow keyword patterns
# expect error: line 5
match 1:
    case int(real=1, imag):
        pass
