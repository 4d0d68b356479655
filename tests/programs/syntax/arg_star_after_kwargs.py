# *iterable after **mapping.
# expect error: SyntaxError: iterable argument unpacking follows keyword argument unpacking
# expect error: line 5
d = {}
print(**d, *d)
