# Assigning a function's __kwdefaults__ (a dict or None) sets the defaults of its keyword-only parameters.
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f.__kwdefaults__)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1), sorted(f.__kwdefaults__.items()))
f.__kwdefaults__ = {"c": 3}
try:
    f(1)
except TypeError as e:
    print(e)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f(1, d=1)
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = [1]
except TypeError as e:
    print(e)
f.__defaults__ = (20,); f.__kwdefaults__ = {"c": 30, "d": 0}; print(f(1))
# expect: {'d': 4}
# expect: (1, 2, 30, 40) [('c', 30), ('d', 40)]
# expect: f() missing 1 required keyword-only argument: 'd'
# expect: None
# expect: f() missing 1 required keyword-only argument: 'c'
# expect: __kwdefaults__ must be set to a dict object
# expect: (1, 20, 30, 0)
