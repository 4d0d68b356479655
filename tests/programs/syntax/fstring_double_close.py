# A closing brace after a field.
# expect error: SyntaxError: f-string: single '}' is not allowed
# expect error: line 5
x = 1
y = f'{x}}'
