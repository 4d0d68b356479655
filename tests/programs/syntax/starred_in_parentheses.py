# A parenthesised starred expression.
# expect error: SyntaxError: cannot use starred expression here
# expect error: line 5
x = [1]
print((*x))
