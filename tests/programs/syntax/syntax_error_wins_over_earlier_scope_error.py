# Syntax errors are found before scope errors, even later in the file.
# expect error: SyntaxError: invalid syntax
# expect error: line 5
return 1
x = = 1
