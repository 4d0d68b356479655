# A starred target must be in a list or tuple.
# expect error: SyntaxError: starred assignment target must be in a list or tuple
# expect error: line 4
*a = [1, 2]
