# None cannot be assigned to.
# expect error: SyntaxError: cannot assign to None
# expect error: line 4
None = 1
