# An f-string cannot be assigned to.
# expect error: SyntaxError: cannot assign to f-string expression here. Maybe you meant '==' instead of '='?
# expect error: line 4
f'{x}' = 1
