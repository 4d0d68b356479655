# A bytes \x escape needs two hex digits.
# expect error: SyntaxError: (value error) invalid \x escape at position 0
# expect error: line 4
b = b'\xZZ'
