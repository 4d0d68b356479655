# A try block followed by neither except nor finally.
# expect error: SyntaxError: expected 'except' or 'finally' block
# expect error: line 7
def f():
    try:
        pass
    return 1
