# Format specs nest two levels at most.
# expect error: SyntaxError: f-string: expressions nested too deeply
# expect error: line 5
x = 1
y = f'{x:{x:{x}}}'
