# An else at the wrong indentation.
# expect error: IndentationError: unindent does not match any outer indentation level
# expect error: line 7
x = 1
if x:
    pass
  else:
    pass
