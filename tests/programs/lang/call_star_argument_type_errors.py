# A call's * and ** arguments of the wrong type are reported as CPython
# reports them, naming the callee where it does.
def f(*a, **k):
    pass
class A:
    def m(self, *a):
        pass
for t in [lambda: f(*5), lambda: print(*5), lambda: f(**5), lambda: print(**5), lambda: len(*None),
          lambda: A(*1), lambda: A().m(*2), lambda: f(*[1], *3), lambda: dict(**[1])]:
    try:
        t()
    except TypeError as e:
        print(e)
print([*"ab"], f(*(x for x in [1]), **{"a": 1}))
try:
    [*5]
except TypeError as e:
    print(e)
# expect: __main__.f() argument after * must be an iterable, not int
# expect: print() argument after * must be an iterable, not int
# expect: __main__.f() argument after ** must be a mapping, not int
# expect: print() argument after ** must be a mapping, not int
# expect: len() argument after * must be an iterable, not NoneType
# expect: __main__.A() argument after * must be an iterable, not int
# expect: __main__.A.m() argument after * must be an iterable, not int
# expect: Value after * must be an iterable, not int
# expect: dict() argument after ** must be a mapping, not list
# expect: ['a', 'b'] None
# expect: Value after * must be an iterable, not int
