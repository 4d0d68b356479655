# An uncaught AttributeError suggests the nearest name in dir(obj); the
# exception carries the `name` and `obj` CPython gives it.
import math

class Point:
    def __init__(self):
        self.value = 1

p = Point()
try:
    p.valeu
except AttributeError as e:
    print(e, e.name, e.obj is p)
try:
    math.sqr
except AttributeError as e:
    print(e.name, e.obj is math)
print([n for n in dir(math) if n.startswith("sq")])
p.valeu
# expect: 'Point' object has no attribute 'valeu' valeu True
# expect: sqr True
# expect: ['sqrt']
# expect error: AttributeError: 'Point' object has no attribute 'valeu'. Did you mean: 'value'?
