# Functions, builtins and bound methods have __call__; functions have __dict__.
def f(x):
    return x + 1
class A:
    def m(self):
        return "m"
print(hasattr(f, "__call__"), f.__call__(1), hasattr(len, "__call__"), len.__call__([1, 2]), A().m.__call__())
f.tag = "t"
print(f.__dict__, callable(f.__call__))
def g():
    pass
print(g.__dict__)
g.__dict__["k"] = 1
print(g.k)
# expect: True 2 True 2 m
# expect: {'tag': 't'} True
# expect: {}
# expect: 1
