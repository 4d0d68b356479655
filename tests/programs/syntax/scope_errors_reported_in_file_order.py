# The first scope error in the file is reported.
# expect error: SyntaxError: 'break' outside loop
# expect error: line 5
def f():
    break
return 1
