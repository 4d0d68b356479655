# Two binary operators in a row are invalid syntax.
# expect error: SyntaxError: invalid syntax
# expect error: line 5
x = 1
y = x * / 2
