# ** with no mapping.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
f(**)
