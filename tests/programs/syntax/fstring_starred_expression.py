# A starred expression in a replacement field.
# expect error: SyntaxError: f-string: cannot use starred expression here
# expect error: line 5
x = [1]
y = f'{*x}'
