# import * inside a class body.
# expect error: SyntaxError: import * only allowed at module level
# expect error: line 5
class C:
    from os import *
