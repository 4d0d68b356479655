# Repeated keywords in a class header.
# expect error: SyntaxError: keyword argument repeated: metaclass
# expect error: line 4
class C(metaclass=type, metaclass=type):
    pass
