# A while header with no body.
# expect error: IndentationError: expected an indented block after 'while' statement on line 4
# expect error: line 5
while False:
x = 1
