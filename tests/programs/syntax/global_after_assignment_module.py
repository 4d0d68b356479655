# global after assignment at module level.
# expect error: SyntaxError: name 'x' is assigned to before global declaration
# expect error: line 5
x = 1
global x
