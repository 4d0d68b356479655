# A stray closing bracket inside a block.
# expect error: SyntaxError: unmatched ']'
# expect error: line 5
if True:
    x = 1]
