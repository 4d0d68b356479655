# A try header with no body.
# expect error: IndentationError: expected an indented block after 'try' statement on line 4
# expect error: line 5
try:
x = 1
