# An elif header with no body.
# expect error: IndentationError: expected an indented block after 'elif' statement on line 7
# expect error: line 8
x = 1
if x:
    pass
elif x > 1:
x = 2
