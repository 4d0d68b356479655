# &, | and ^ of two bools give a bool (mixed with ints, an int).
a, b = True, False
print(a & b, a | b, a ^ a, a & True)
flags = [True, False, True]
ok = True
for f in flags:
    ok &= f
print(ok)
print(True & 1, 1 | False, True ^ 2, ~True, -True, True + True, True << 1, type(True & True).__name__)
x = False
x |= True
print(x, type(x).__name__)
# expect: False True False True
# expect: False
# expect: 1 1 3 -2 -1 2 2 bool
# expect: True bool
