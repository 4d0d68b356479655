# The brackets close: the parser's own message stands.
# expect error: SyntaxError: invalid syntax. Perhaps you forgot a comma?
# expect error: line 4
x = print(1, 2 3)
