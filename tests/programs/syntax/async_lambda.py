# async before lambda.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
f = async lambda: 1
