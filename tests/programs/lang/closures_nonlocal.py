# Closures capture variables (not values); nonlocal rebinds them.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
# expect: 1 2 1 3
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
# expect: [2, 2, 2]
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
# expect: [0, 1, 2]
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()
print(outer())
# expect: rebound
def make_adders():
    return [lambda v, k=k: v + k for k in (10, 20)]
print([f(1) for f in make_adders()])
# expect: [11, 21]
