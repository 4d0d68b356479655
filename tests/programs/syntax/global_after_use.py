# A name used before its global declaration.
# expect error: SyntaxError: name 'x' is used prior to global declaration
# expect error: line 6
def f():
    print(x)
    global x
