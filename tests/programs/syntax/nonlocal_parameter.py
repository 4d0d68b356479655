# A parameter declared nonlocal.
# expect error: SyntaxError: name 'x' is parameter and nonlocal
# expect error: line 7
def f():
    x = 1
    def g(x):
        nonlocal x
