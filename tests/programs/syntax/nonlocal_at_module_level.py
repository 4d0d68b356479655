# nonlocal at module level.
# expect error: SyntaxError: nonlocal declaration not allowed at module level
# expect error: line 4
nonlocal x
