# An uncaught NameError at module level suggests a global, else a builtin.
count = 1
try:
    coutn
except NameError as e:
    print(e, e.name)
pritn("x")
# expect: name 'coutn' is not defined coutn
# expect error: NameError: name 'pritn' is not defined. Did you mean: 'print'?
