# __debug__ is a constant: assigning to it is refused at compile time.
print("never")
# expect error: SyntaxError: cannot assign to __debug__
# expect error: line 5
__debug__ = 0
