# Python 2's print statement.
# expect error: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
# expect error: line 5
x = 1
print x
