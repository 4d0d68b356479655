# A for header with no body.
# expect error: IndentationError: expected an indented block after 'for' statement on line 4
# expect error: line 5
for i in []:
x = 1
