# __debug__ cannot be the target of an augmented assignment either.
# expect error: SyntaxError: cannot assign to __debug__
# expect error: line 4
__debug__ += 1
