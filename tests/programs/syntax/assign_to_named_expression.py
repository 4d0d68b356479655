# A named expression cannot be assigned to.
# expect error: SyntaxError: cannot assign to named expression here. Maybe you meant '==' instead of '='?
# expect error: line 4
(a := 1) = 2
