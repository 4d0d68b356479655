# A generator expression cannot be assigned to.
# expect error: SyntaxError: cannot assign to generator expression
# expect error: line 4
(x for x in []) = 1
