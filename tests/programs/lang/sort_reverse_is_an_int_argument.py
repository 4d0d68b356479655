# sort's and sorted's reverse is converted as a C int: None, a float or a str is a TypeError, a huge int an OverflowError, an __index__ object counts
class I:
    def __index__(self):
        return 1
for r in [None, 2.5, "x", 10**30, I(), True, 0, -3]:
    for f in (lambda: [3, 1, 2].sort(reverse=r), lambda: sorted([3, 1, 2], reverse=r)):
        try:
            print(f())
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
l = [2, 1]
l.sort(reverse=I())
print(l)
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: None
# expect: [3, 2, 1]
# expect: None
# expect: [3, 2, 1]
# expect: None
# expect: [1, 2, 3]
# expect: None
# expect: [3, 2, 1]
# expect: [2, 1]
