# A conditional expression needs its else.
# expect error: SyntaxError: expected 'else' after 'if' expression
# expect error: line 4
x = 1 if True
