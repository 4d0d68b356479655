# A comparison as the first of two targets.
# expect error: SyntaxError: cannot assign to comparison
# expect error: line 5
a = b = 1
a < b = c = 2
