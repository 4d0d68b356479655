# An unmatched ) inside a replacement field.
# expect error: SyntaxError: f-string: unmatched ')'
# expect error: line 4
x = f'{)}'
