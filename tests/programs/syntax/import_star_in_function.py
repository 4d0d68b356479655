# import * inside a function.
# expect error: SyntaxError: import * only allowed at module level
# expect error: line 5
def f():
    from os import *
