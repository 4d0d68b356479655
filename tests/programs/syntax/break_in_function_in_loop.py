# A loop does not reach into a nested function.
# expect error: SyntaxError: 'break' outside loop
# expect error: line 6
for i in []:
    def f():
        break
