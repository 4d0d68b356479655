# An except* header with no body.
# expect error: IndentationError: expected an indented block after 'except*' statement on line 6
# expect error: line 7
try:
    pass
except* ValueError:
x = 1
