# A class header with no body.
# expect error: IndentationError: expected an indented block after class definition on line 4
# expect error: line 5
class C:
x = 1
