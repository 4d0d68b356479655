# A ! with no conversion character.
# expect error: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'
# expect error: line 5
x = 1
y = f'{x!}'
