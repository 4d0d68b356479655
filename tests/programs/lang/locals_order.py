# locals() lists a function's variables in co_varnames order: parameters (keyword-only before *args), then the other locals
def fn(a, *c, d, **e):
    x = 1
    return locals()
print(fn(1, 2, d=3))
def g(p, /, q, r=2, *, s, t=4):
    z = p
    y = q
    return list(locals())
print(g(1, 2, s=3))
def h(*args, **kwargs):
    inner = 0
    return locals()
print(h(1, k=2))
def k():
    late = 1
    early = 2
    return locals()
print(k())
# expect: {'a': 1, 'd': 3, 'c': (2,), 'e': {}, 'x': 1}
# expect: ['p', 'q', 'r', 's', 't', 'z', 'y']
# expect: {'args': (1,), 'kwargs': {'k': 2}, 'inner': 0}
# expect: {'late': 1, 'early': 2}
