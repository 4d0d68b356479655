# A non-letter inside an identifier.
# expect error: SyntaxError: invalid character '€' (U+20AC)
# expect error: line 4
x€y = 1
