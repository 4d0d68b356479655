def f():
    try:
        x = 1
   except ValueError:
        pass
# expect error: IndentationError: unindent does not match any outer indentation level
# expect error: line 4
