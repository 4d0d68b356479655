# A lone starred iterable in a for loop.
# expect error: SyntaxError: can't use starred expression here
# expect error: line 5
x = [1]
for i in *x:
    pass
