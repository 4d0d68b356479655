# int.__pow__ and __rpow__ take an optional modulus, as pow() does.
print((5).__pow__(2, 3), (5).__pow__(2), (5).__pow__(2, None), (2).__rpow__(5, 3), (3).__pow__(-1, 7))
print(int.__pow__(7, 3, 10), (2).__pow__(0.5))
try:
    (2.0).__pow__(2, 3)
except TypeError as e:
    print("TypeError:", e)
# expect: 1 25 25 1 5
# expect: 3 NotImplemented
# expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
