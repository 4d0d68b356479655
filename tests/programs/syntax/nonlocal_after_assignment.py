# A name assigned before its nonlocal declaration.
# expect error: SyntaxError: name 'x' is assigned to before nonlocal declaration
# expect error: line 8
def f():
    x = 1
    def g():
        x = 2
        nonlocal x
