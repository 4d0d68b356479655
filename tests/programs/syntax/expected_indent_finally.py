# A finally header with no body.
# expect error: IndentationError: expected an indented block after 'finally' statement on line 6
# expect error: line 7
try:
    pass
finally:
x = 1
