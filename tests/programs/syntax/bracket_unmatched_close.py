# A closing bracket with nothing open.
# expect error: SyntaxError: unmatched ')'
# expect error: line 4
x = 1)
