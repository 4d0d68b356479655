# A keyword given twice through ** and another keyword (or two **) is CPython's
# TypeError, naming the function with its module.
def f(**kw):
    return kw

def g(a, b=0, **rest):
    return a, b, rest

print(f(**{"a": 1}, b=2), g(1, **{"b": 3}, c=4))
for call in (lambda: f(**{"a": 1}, a=2), lambda: g(**{"a": 1}, **{"a": 2}), lambda: g(1, **{"x": 1}, x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
# expect: {'a': 1, 'b': 2} (1, 3, {'c': 4})
# expect: TypeError: __main__.f() got multiple values for keyword argument 'a'
# expect: TypeError: __main__.g() got multiple values for keyword argument 'a'
# expect: TypeError: __main__.g() got multiple values for keyword argument 'x'
