# A lone } in an f-string.
# expect error: SyntaxError: f-string: single '}' is not allowed
# expect error: line 4
x = f'a}b'
