# globals(), module.__dict__ and vars(module) are the module's namespace as a dict, kept in step with the globals both ways.
import math
x = 1
g = globals()
print(g['x'], '__name__' in g, g['__name__'], g is globals())
g['y'] = 5
print(y)
def f():
    return globals()['x']
print(f())
x = 10
print(g['x'], f())
del g['y']
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def handle_add(a, b):
    return a + b
def handle_mul(a, b):
    return a * b
for op in ["add", "mul"]:
    print(op, globals()["handle_" + op](3, 4))
print(list(globals())[:9])
print([k for k in globals() if not k.startswith('__')])
print(type(vars(math)), vars(math)['pi'], math.__dict__ is vars(math))
globals().update(z=3, w=4)
print(z, w)
print(g.get('nope'), g.setdefault('q', 7), q)
print(g.pop('q'), 'q' in g)
counter = 0
def bump():
    globals()['counter'] += 1
bump(); bump()
print(counter)
# expect: 1 True __main__ True
# expect: 5
# expect: 1
# expect: 10 10
# expect: NameError: name 'y' is not defined
# expect: add 7
# expect: mul 12
# expect: ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__', '__cached__']
# expect: ['math', 'x', 'g', 'f', 'handle_add', 'handle_mul', 'op']
# expect: <class 'dict'> 3.141592653589793 True
# expect: 3 4
# expect: None 7 7
# expect: 7 False
# expect: 2
