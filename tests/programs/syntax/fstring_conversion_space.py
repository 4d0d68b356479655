# A space before a conversion character.
# expect error: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'
# expect error: line 5
x = 1
y = f'{x! r}'
