# A literal inside a del list.
# expect error: SyntaxError: cannot delete literal
# expect error: line 5
x = 1
del x, 1
