# A yield expression cannot be assigned to.
# expect error: SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='?
# expect error: line 5
def f():
    (yield) = 1
