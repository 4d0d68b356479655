# A line continuation alone on the last line.
# expect error: SyntaxError: unexpected EOF while parsing
# expect error: line 5
x = 1
\
