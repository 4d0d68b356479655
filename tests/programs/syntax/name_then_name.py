# Two names side by side.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
a b
