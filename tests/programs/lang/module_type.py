# types.ModuleType(name, doc) makes an empty module with CPython's attributes and argument errors
import types
m = types.ModuleType("mymod", "doc")
m.x = 5
print(m.x, m.__name__, m.__doc__, m)
n = types.ModuleType(name="other")
print(n.__doc__, n.__package__, n.__spec__, repr(n), isinstance(n, types.ModuleType))
def hello():
    return "hi"
n.hello = hello
print(n.hello(), sorted(k for k in vars(n) if not k.startswith("__")))
for bad in [lambda: types.ModuleType(), lambda: types.ModuleType(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
# expect: 5 mymod doc <module 'mymod'>
# expect: None None None <module 'other'> True
# expect: hi ['hello']
# expect: TypeError module() missing required argument 'name' (pos 1)
# expect: TypeError module() argument 'name' must be str, not int
