# elif after else.
# expect error: SyntaxError: invalid syntax
# expect error: line 9
x = 1
if x:
    pass
else:
    pass
elif x:
    pass
