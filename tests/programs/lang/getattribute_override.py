# A class's own __getattribute__ sees every attribute load (hot loops and method calls included), falls back to __getattr__ on AttributeError, and object.__getattribute__ / super() reach the default lookup.
class A:
    def __init__(self):
        self.x = 1
        self.log = []
    def __getattribute__(self, name):
        if name == 'x':
            return 42
        if name == 'secret':
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
    def method(self):
        return "method"
a = A()
total = 0
for _ in range(3000):
    total += a.x
print(a.x, a.__dict__, a.method(), a.secret, a.missing, total, getattr(a, 'x'), hasattr(a, 'secret'))
# expect: 42 {'x': 1, 'log': []} method fallback secret fallback missing 126000 42 True
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattribute__(self, name):
        target = object.__getattribute__(self, '_target')
        print('proxy get', name)
        # expect: proxy get sort
        # expect: proxy get count
        return getattr(target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.count(1), object.__getattribute__(p, '_target'))
# expect: 1 [1, 2, 3]
class Counted:
    calls = 0
    def __getattribute__(self, name):
        type(self).calls += 1
        return super().__getattribute__(name)
    def f(self):
        return 1
c = Counted()
for _ in range(1500):
    c.f()
print(Counted.calls)
# expect: 1500
