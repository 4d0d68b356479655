# __debug__ is True (no -O).
def f():
    return __debug__
print(__debug__, f())
# expect: True True
