# A # inside a replacement field.
# expect error: SyntaxError: f-string expression part cannot include '#'
# expect error: line 4
x = f'{1#}'
