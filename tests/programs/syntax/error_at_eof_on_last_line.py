# An error at the end of a file that ends with a newline (here after
# comment lines) is on the file's last line, as CPython reports it.
try:
    x = 1
# expect error: SyntaxError: expected 'except' or 'finally' block
# expect error: line 6
