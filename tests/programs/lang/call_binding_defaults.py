# Calls the runtime binds: positional arguments with the rest from defaults
# (the quick path), keyword-only defaults, errors, and __defaults__ replaced.
def f(a, b=2, c=3):
    return (a, b, c)


def g(a, *, k=10):
    return (a, k)


def h(a, *, k):
    return (a, k)


def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)


def main():
    call = f  # called through a variable: the runtime binds the arguments
    for args in [(1,), (1, 5), (1, 5, 6), (), (1, 2, 3, 4)]:
        attempt(f"f{args}", lambda: call(*args))
    attempt("f(1, c=9)", lambda: call(1, c=9))
    kg, kh = g, h
    attempt("g(1)", lambda: kg(1))
    attempt("g(1, k=2)", lambda: kg(1, k=2))
    attempt("g(1, 2)", lambda: kg(1, 2))
    attempt("h(1)", lambda: kh(1))
    attempt("h(1, k=4)", lambda: kh(1, k=4))
    f.__defaults__ = (20, 30)
    attempt("f(1) after __defaults__", lambda: call(1))
    print([call(i) for i in range(3)], list(map(f, [7, 8])))


main()
f.__defaults__ = None
attempt("f(1) without defaults", lambda: f(1))
attempt("bad __defaults__", lambda: setattr(f, "__defaults__", [1]))
print(f.__defaults__)
f.__defaults__ = (4,)
print(f.__defaults__, f(1, 2))
f.__defaults__ = (1, 2, 3, 4)
attempt("f() with extra defaults", lambda: f())
# expect: f(1,) (1, 2, 3)
# expect: f(1, 5) (1, 5, 3)
# expect: f(1, 5, 6) (1, 5, 6)
# expect: f() TypeError: f() missing 1 required positional argument: 'a'
# expect: f(1, 2, 3, 4) TypeError: f() takes from 1 to 3 positional arguments but 4 were given
# expect: f(1, c=9) (1, 2, 9)
# expect: g(1) (1, 10)
# expect: g(1, k=2) (1, 2)
# expect: g(1, 2) TypeError: g() takes 1 positional argument but 2 were given
# expect: h(1) TypeError: h() missing 1 required keyword-only argument: 'k'
# expect: h(1, k=4) (1, 4)
# expect: f(1) after __defaults__ (1, 20, 30)
# expect: [(0, 20, 30), (1, 20, 30), (2, 20, 30)] [(7, 20, 30), (8, 20, 30)]
# expect: f(1) without defaults TypeError: f() missing 2 required positional arguments: 'b' and 'c'
# expect: bad __defaults__ TypeError: __defaults__ must be set to a tuple object
# expect: None
# expect: (4,) (1, 2, 4)
# expect: f() with extra defaults (2, 3, 4)
