# Default values are evaluated once, at definition time.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
# expect: (1, 2, [1])
print(f(2, 3))
# expect: (2, 3, [1, 2])
print(f(3, c=[]))
# expect: (3, 2, [3])
print(f(4))
# expect: (4, 2, [1, 2, 4])
x = 10
def g(v=x):
    return v
x = 20
print(g(), g(5))
# expect: 10 5
def h(a, b="b", *, c="c"):
    return a + b + c
print(h("a"), h("a", "B", c="C"), h(b="1", a="2"))
# expect: abc aBC 21c
print(f.__name__, h.__defaults__ if False else "ok")
# expect: f ok
