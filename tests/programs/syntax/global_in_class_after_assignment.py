# global after assignment in a class body.
# expect error: SyntaxError: name 'x' is assigned to before global declaration
# expect error: line 6
class C:
    x = 1
    global x
