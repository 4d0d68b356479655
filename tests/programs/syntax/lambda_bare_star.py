# A lambda whose bare * has no named parameter.
# expect error: SyntaxError: named arguments must follow bare *
# expect error: line 4
f = lambda *: 1
