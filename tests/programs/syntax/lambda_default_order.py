# Lambda parameters follow the same order rules.
# expect error: SyntaxError: non-default argument follows default argument
# expect error: line 4
f = lambda a=1, b: a
