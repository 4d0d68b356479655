# A keyword as an assignment target.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
class = 1
