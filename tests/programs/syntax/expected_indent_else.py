# An else header with no body.
# expect error: IndentationError: expected an indented block after 'else' statement on line 7
# expect error: line 8
x = 1
if x:
    pass
else:
x = 2
