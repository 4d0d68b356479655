# 'return' directly in a class body.
# expect error: SyntaxError: 'return' outside function
# expect error: line 5
class C:
    return 1
