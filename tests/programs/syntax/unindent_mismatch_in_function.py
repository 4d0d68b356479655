# A dedent to the middle of two levels.
# expect error: IndentationError: unindent does not match any outer indentation level
# expect error: line 7
def f():
    if True:
        x = 1
      return x
