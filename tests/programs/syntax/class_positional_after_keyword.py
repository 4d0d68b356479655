# A base class after a keyword in a class header.
# expect error: SyntaxError: positional argument follows keyword argument
# expect error: line 4
class C(metaclass=type, object):
    pass
