# A decorator on something other than def or class.
# expect error: SyntaxError: invalid syntax
# expect error: line 5
@d
x = 1
