# An if header without its colon.
# expect error: SyntaxError: expected ':'
# expect error: line 5
x = 1
if x
    pass
