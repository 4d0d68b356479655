# A starred value in an annotated assignment.
# expect error: SyntaxError: can't use starred expression here
# expect error: line 5
x = [1]
y: list = *x
