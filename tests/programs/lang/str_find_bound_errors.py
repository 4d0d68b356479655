# Start/end arguments of str/bytes find, count, startswith... and list/tuple index: CPython's slice-index rules (None allowed or not, huge ints clamped) and messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class One:
    def __index__(self):
        return 1


for s in ("abcabc", b"abcabc"):
    a = s[:1]
    t(lambda: s.rfind(a, 0, 2.5))
    t(lambda: s.find(a, 1.0))
    t(lambda: s.count(a, "x"))
    t(lambda: s.startswith(a, 1.0))
    t(lambda: s.endswith(a, None, 1.0))
    t(lambda: s.index(a, 1.0))
    t(lambda: s.rindex(a, [], 1))
    t(lambda: (s.find(a, -10**30, 10**30), s.rfind(a, -10**30), s.count(a, 10**30), s.startswith(a, -10**30), s.endswith(s[-1:], 0, 10**40)))
    t(lambda: (s.find(a, One()), s.find(a, None, One()), s.startswith(a, True)))
t(lambda: "abc".replace("a", "b", 1.5))
t(lambda: [1].index(1, None))
t(lambda: (1,).index(1, 1.0))
t(lambda: [1, 2].index(2, -10**30, 10**30))
t(lambda: [1, 2].index(2, One()))
t(lambda: (1, 2).index(2, True, None))
t(lambda: [1, 2, 1].index(1, -1))
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: (0, 3, 0, True, True)
# expect: (3, 0, False)
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: (0, 3, 0, True, True)
# expect: (3, 0, False)
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError slice indices must be integers or have an __index__ method
# expect: TypeError slice indices must be integers or have an __index__ method
# expect: 1
# expect: 1
# expect: TypeError slice indices must be integers or have an __index__ method
# expect: 2
