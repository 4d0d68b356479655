# Positional arguments, *-unpacked ones included, are evaluated before any keyword argument.
def note(t):
    print(t)
    return t

def f(*a, **k):
    print(a, sorted(k.items()))

f(note("a"), x=note("kw"), *[note("star")])
f(note(1), y=note(2), *[note(3)], z=note(4), **{note("w"): 5})
f(*[note("s1")], k=note("k1"), *[note("s2")])
# expect: a
# expect: star
# expect: kw
# expect: ('a', 'star') [('x', 'kw')]
# expect: 1
# expect: 3
# expect: 2
# expect: 4
# expect: w
# expect: (1, 3) [('w', 5), ('y', 2), ('z', 4)]
# expect: s1
# expect: s2
# expect: k1
# expect: ('s1', 's2') [('k', 'k1')]
