# A lone starred target in a comprehension.
# expect error: SyntaxError: starred assignment target must be in a list or tuple
# expect error: line 4
x = [a for *a in []]
