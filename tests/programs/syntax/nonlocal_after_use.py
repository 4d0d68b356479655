# A name used before its nonlocal declaration.
# expect error: SyntaxError: name 'x' is used prior to nonlocal declaration
# expect error: line 8
def f():
    x = 1
    def g():
        print(x)
        nonlocal x
