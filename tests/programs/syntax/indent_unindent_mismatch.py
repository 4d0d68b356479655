# A dedent to a column no block opened at.
# expect error: IndentationError: unindent does not match any outer indentation level
# expect error: line 6
if True:
        x = 1
    y = 2
