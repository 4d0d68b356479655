# A lone generator expression argument followed by a comma needs parentheses.
# expect error: SyntaxError: Generator expression must be parenthesized
# expect error: line 4
print(x for x in [1], )
