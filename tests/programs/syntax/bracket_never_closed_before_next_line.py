# A brace left open, and the file goes on: the parser stops at the next
# line, and CPython, reading on to the end, reports the open brace.
# expect error: SyntaxError: '{' was never closed
# expect error: line 5
d = {"a": 1
x = 2
print(d, x)
