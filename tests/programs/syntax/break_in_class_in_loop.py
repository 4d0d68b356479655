# A loop does not reach into a class body.
# expect error: SyntaxError: 'break' outside loop
# expect error: line 6
while True:
    class C:
        break
