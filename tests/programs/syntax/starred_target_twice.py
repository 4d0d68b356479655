# Two starred targets in one assignment.
# expect error: SyntaxError: multiple starred expressions in assignment
# expect error: line 4
*a, *b = [1, 2]
