# `**` unpacking as a dict comprehension's element.
# expect error: SyntaxError: dict unpacking cannot be used in dict comprehension
# expect error: line 4
d = {**a for a in [{}]}
