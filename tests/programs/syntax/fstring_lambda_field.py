# A lambda in a replacement field.
# expect error: SyntaxError: f-string: invalid syntax
# expect error: line 4
x = f'{lambda x: 1}'
