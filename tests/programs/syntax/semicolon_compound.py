# A compound statement cannot follow a semicolon.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
x = 1; if x: pass
