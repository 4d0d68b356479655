# Two operands side by side in a call.
# expect error: SyntaxError: invalid syntax. Perhaps you forgot a comma?
# expect error: line 4
print(1 2)
