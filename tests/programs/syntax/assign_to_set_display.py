# A set display cannot be assigned to.
# expect error: SyntaxError: cannot assign to set display here. Maybe you meant '==' instead of '='?
# expect error: line 4
{a, b} = 1, 2
