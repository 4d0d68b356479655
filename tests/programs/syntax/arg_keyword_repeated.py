# The same keyword argument twice.
# expect error: SyntaxError: keyword argument repeated: sep
# expect error: line 4
print(sep='', sep=' ')
