# An uncaught exception's traceback underlines each frame's failing
# expression on standard error, as CPython 3.11 does.
def f(d):
    return d["k"] + 1


def g():
    x = f({"k": "a"})
    return x


g()
# expect error:         ^^^^^^^^^^^^^
# expect error:            ~~~~~~~^~~
# expect error: TypeError: can only concatenate str (not "int") to str
