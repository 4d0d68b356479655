# A parameter declared global.
# expect error: SyntaxError: name 'x' is parameter and global
# expect error: line 5
def f(x):
    global x
