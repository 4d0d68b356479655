# A dict display with a key and no value.
# expect error: SyntaxError: ':' expected after dictionary key
# expect error: line 5
x = {1: 2,
     3}
