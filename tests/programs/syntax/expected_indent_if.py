# An if header with no body.
# expect error: IndentationError: expected an indented block after 'if' statement on line 4
# expect error: line 5
if True:
x = 1
