# A lone starred value cannot be assigned.
# expect error: SyntaxError: can't use starred expression here
# expect error: line 5
x = [1]
y = *x
