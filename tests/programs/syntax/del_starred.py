# A starred expression cannot be deleted.
# expect error: SyntaxError: cannot delete starred
# expect error: line 5
x = [1]
del *x
