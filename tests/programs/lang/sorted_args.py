# sorted() checks its positional argument count before its keywords, with CPython's messages
for call in [lambda: sorted(iterable=[1]), lambda: sorted(), lambda: sorted([1], [2]), lambda: sorted([2, 1], cmp=None), lambda: sorted([3, 1], reverse=True)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
# expect: TypeError sorted expected 1 argument, got 0
# expect: TypeError sorted expected 1 argument, got 0
# expect: TypeError sorted expected 1 argument, got 2
# expect: TypeError 'cmp' is an invalid keyword argument for sort()
# expect: [3, 1]
