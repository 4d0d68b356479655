# A control character in the source.
# expect error: SyntaxError: invalid non-printable character U+0001
# expect error: line 4
x = 1
