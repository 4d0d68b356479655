# A call argument that assigns to a subscript.
# expect error: SyntaxError: expression cannot contain assignment, perhaps you meant "=="?
# expect error: line 5
f = print
f(a[0] = 1)
