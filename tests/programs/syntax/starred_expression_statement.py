# A lone starred expression is no statement.
# expect error: SyntaxError: can't use starred expression here
# expect error: line 5
x = [1]
*x
