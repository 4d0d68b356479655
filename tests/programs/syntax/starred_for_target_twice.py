# Two starred targets in a for loop.
# expect error: SyntaxError: multiple starred expressions in assignment
# expect error: line 4
for *a, *b in []:
    pass
