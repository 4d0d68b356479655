# 'yield' directly in a class body.
# expect error: SyntaxError: 'yield' outside function
# expect error: line 5
class C:
    yield 1
