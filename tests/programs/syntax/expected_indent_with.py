# A with header with no body.
# expect error: IndentationError: expected an indented block after 'with' statement on line 4
# expect error: line 5
with open('f') as f:
x = 1
