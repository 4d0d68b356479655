# A for header without its colon.
# expect error: SyntaxError: expected ':'
# expect error: line 4
for i in range(3)
    pass
