# A block header at the end of the file: the missing block is reported
# on the file's last line.
def f():
# expect error: IndentationError: expected an indented block after function definition on line 3
# expect error: line 5
