# An indented line after a comment and a blank line.
# expect error: IndentationError: unexpected indent
# expect error: line 7
x = 1
# comment

    y = 2
