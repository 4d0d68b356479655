# A brace still open at the end of the file.
# expect error: SyntaxError: '{' was never closed
# expect error: line 5
x = 1
d = {'a': 1,
