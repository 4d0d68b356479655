# A call cannot be deleted.
# expect error: SyntaxError: cannot delete function call
# expect error: line 5
def f(): pass
del f()
