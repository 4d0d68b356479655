# pow(base, exp, mod=None) takes its arguments by keyword too.
print(pow(3, 4, mod=5), pow(2, exp=5), pow(base=2, exp=5), pow(exp=5, base=2), pow(2, 3, mod=None))
for call in [lambda: pow(2, 3, modulo=5), lambda: pow(2), lambda: pow(), lambda: pow(2, 3, 5, 6),
             lambda: pow(2, base=3), lambda: pow(2, 3, 4, mod=5), lambda: pow(2, 3, 5, bogus=1), lambda: pow(exp=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
# expect: 1 32 32 32 8
# expect: TypeError: 'modulo' is an invalid keyword argument for pow()
# expect: TypeError: pow() missing required argument 'exp' (pos 2)
# expect: TypeError: pow() missing required argument 'base' (pos 1)
# expect: TypeError: pow() takes at most 3 arguments (4 given)
# expect: TypeError: pow() missing required argument 'exp' (pos 2)
# expect: TypeError: pow() takes at most 3 arguments (4 given)
# expect: TypeError: pow() takes at most 3 arguments (4 given)
# expect: TypeError: pow() missing required argument 'base' (pos 1)
