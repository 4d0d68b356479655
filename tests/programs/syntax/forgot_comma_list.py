# Two operands side by side inside brackets.
# expect error: SyntaxError: invalid syntax. Perhaps you forgot a comma?
# expect error: line 4
items = [1, 2
         3, 4]
