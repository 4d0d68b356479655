# An indented line where no block opens is an IndentationError.
# expect error: IndentationError: unexpected indent
# expect error: line 5
x = 1
    y = 2
