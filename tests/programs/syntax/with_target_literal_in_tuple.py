# A with target tuple with a literal.
# expect error: SyntaxError: cannot assign to literal
# expect error: line 4
with open('x') as (a, 1):
    pass
