# An indented first statement.
# expect error: IndentationError: unexpected indent
# expect error: line 4
   x = 1
