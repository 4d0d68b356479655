# Python 2's print statement with a string.
# expect error: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
# expect error: line 4
print "hello"
