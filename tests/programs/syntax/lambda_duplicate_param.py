# A lambda with the same parameter twice.
# expect error: SyntaxError: duplicate argument 'a' in function definition
# expect error: line 4
f = lambda a, a: a
