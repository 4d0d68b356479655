# Argument errors carry CPython's messages.
def f(a, b):
    return a + b
def g(x, y=1, *, z):
    return x
def h():
    pass
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, 2, a=3),
    lambda: g(1),
    lambda: g(1, 2, 3, z=1),
    lambda: h(1),
    lambda: len(),
    lambda: len(1, 2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
# expect: f() missing 1 required positional argument: 'b'
# expect: f() missing 2 required positional arguments: 'a' and 'b'
# expect: f() takes 2 positional arguments but 3 were given
# expect: f() got an unexpected keyword argument 'c'
# expect: f() got multiple values for argument 'a'
# expect: g() missing 1 required keyword-only argument: 'z'
# expect: g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
# expect: h() takes 0 positional arguments but 1 was given
# expect: len() takes exactly one argument (0 given)
# expect: len() takes exactly one argument (2 given)
