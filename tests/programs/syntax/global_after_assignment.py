# A name assigned before its global declaration.
# expect error: SyntaxError: name 'x' is assigned to before global declaration
# expect error: line 6
def f():
    x = 1
    global x
