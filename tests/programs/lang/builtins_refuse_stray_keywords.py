# Builtins CPython parses without keywords (or with a fixed set of them)
# refuse the others instead of ignoring them.
tests = [lambda: abs(x=-1), lambda: abs(-1, bogus=1), lambda: divmod(7, b=2), lambda: divmod(7, 2, bogus=1),
         lambda: sum([1], 5, start=2), lambda: sum(iterable=[1]), lambda: sum([1], bogus=1), lambda: int('5', 10, base=10),
         lambda: int(base=10), lambda: int(x='5'), lambda: slice(1, bogus=1), lambda: type(1, bogus=1),
         lambda: reversed(sequence=[1]), lambda: reversed([1], bogus=1), lambda: property(bogus=1),
         lambda: property(None, None, None, None, None)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
print(sum([1], start=2), int('11', base=2), int('7', 10), slice(1, 2), property(doc="d").__doc__)
# expect: TypeError: abs() takes no keyword arguments
# expect: TypeError: abs() takes no keyword arguments
# expect: TypeError: divmod() takes no keyword arguments
# expect: TypeError: divmod() takes no keyword arguments
# expect: TypeError: sum() takes at most 2 arguments (3 given)
# expect: TypeError: sum() takes at least 1 positional argument (0 given)
# expect: TypeError: 'bogus' is an invalid keyword argument for sum()
# expect: TypeError: int() takes at most 2 arguments (3 given)
# expect: TypeError: int() missing string argument
# expect: TypeError: 'x' is an invalid keyword argument for int()
# expect: TypeError: slice() takes no keyword arguments
# expect: TypeError: type() takes no keyword arguments
# expect: TypeError: reversed() takes no keyword arguments
# expect: TypeError: reversed() takes no keyword arguments
# expect: TypeError: 'bogus' is an invalid keyword argument for property()
# expect: TypeError: property() takes at most 4 arguments (5 given)
# expect: 3 3 7 slice(1, 2, None) d
