# *args and **kwargs, and unpacking at call sites.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{"c": 5}))
# expect: ((), {}) ((1, 2), {}) ((), {'a': 1}) ((1, 2, 3), {'b': 4, 'c': 5})
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*(1, 2, 3)), g(1, *[2], **{"c": 3}), g(**{"a": 3, "b": 2, "c": 1}))
# expect: 123 123 321
def h(first, *rest, sep="-", **opts):
    return sep.join([str(first)] + [str(r) for r in rest]) + str(sorted(opts.items()))
print(h(1, 2, 3, sep="+", z=1, y=2))
# expect: 1+2+3[('y', 2), ('z', 1)]
print(h("only"))
# expect: only[]
def count(*a):
    return len(a)
print(count(*range(5), *"ab"))
# expect: 7
