# del on names, list items, slices, dict keys and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
# expect: NameError: name 'x' is not defined
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
# expect: [1, 2, 3, 4]
del lst[1:3]
print(lst)
# expect: [1, 4]
d = {"a": 1, "b": 2}
del d["a"]
print(d)
# expect: {'b': 2}
class C: pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
# expect: False
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'C' object has no attribute 'attr'
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
# expect: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
