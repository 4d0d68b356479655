# There is one empty tuple, however it is made, as in CPython.
a = ()
b = tuple()
c = tuple([])
d = (1, 2)[0:0]
e = tuple(x for x in [])
print(a is b, b is c, c is d, d is e, len(a), a == (), hash(a) == hash(()))
# expect: True True True True 0 True True
