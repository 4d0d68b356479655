# A dict display cannot be assigned to.
# expect error: SyntaxError: cannot assign to dict literal here. Maybe you meant '==' instead of '='?
# expect error: line 4
{} = 1
