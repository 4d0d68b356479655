# A call cannot be assigned to.
# expect error: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
# expect error: line 5
def f(): pass
f() = 1
