# A syntax error inside a replacement field.
# expect error: SyntaxError: f-string: invalid syntax
# expect error: line 5
x = 1
y = f'{x +}'
