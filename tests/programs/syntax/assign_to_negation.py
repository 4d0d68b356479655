# A unary expression cannot be assigned to.
# expect error: SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?
# expect error: line 5
x = 1
-x = 1
