# The first error wins: a syntax error before an indentation error.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
x = = 1
if x:
        y = 1
    z = 2
