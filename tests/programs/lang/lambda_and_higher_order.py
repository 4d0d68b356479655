# Lambdas, functions as values, decorators.
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
print(square(4), compose(square, abs)(-3), (lambda *a, **k: (a, k))(1, k=2))
# expect: 16 9 ((1,), {'k': 2})
def deco(fn):
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
# expect: calling add
# expect: 5
def twice(f):
    return lambda x: f(f(x))
@twice
def inc(x):
    return x + 1
print(inc(0))
# expect: 2
def param(n):
    def d(fn):
        return lambda: fn() * n
    return d
@param(3)
def five():
    return 5
print(five())
# expect: 15
