# Two names side by side in a replacement field.
# expect error: SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?
# expect error: line 5
a = b = 1
x = f'{a b}'
