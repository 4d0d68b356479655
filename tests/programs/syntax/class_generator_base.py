# A bare generator as a base class among others.
# expect error: SyntaxError: Generator expression must be parenthesized
# expect error: line 4
class C(object, x for x in []):
    pass
