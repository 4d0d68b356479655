# A backslash inside a replacement field.
# expect error: SyntaxError: f-string expression part cannot include a backslash
# expect error: line 4
x = f'{"\n".join([])}'
