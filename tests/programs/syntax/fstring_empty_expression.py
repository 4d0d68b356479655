# An empty replacement field.
# expect error: SyntaxError: f-string: empty expression not allowed
# expect error: line 4
x = f'{}'
