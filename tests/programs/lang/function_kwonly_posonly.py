# Keyword-only and positional-only parameters.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
# expect: (1, 2, 3, 4, 5) (1, 2, 3, 4, 6)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
# expect: (1, {'a': 2})
def k(*, only):
    return only
print(k(only="yes"))
# expect: yes
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: f() got some positional-only arguments passed as keyword arguments: 'b'
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: f() takes 3 positional arguments but 4 were given
try:
    k()
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: k() missing 1 required keyword-only argument: 'only'
