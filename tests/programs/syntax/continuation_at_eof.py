# A file that ends in a line continuation.
# expect error: SyntaxError: unexpected EOF while parsing
# expect error: line 4
x = 1 + \
