# A bare generator next to another argument.
# expect error: SyntaxError: Generator expression must be parenthesized
# expect error: line 4
print(x for x in [], 1)
